using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

public sealed class WithoutGitTests
{
    [Fact]
    public void ProjectOutsideAnyRepository_BuildsWithWarningFS1002_AndRecordsWhatIsMissing()
    {
        var project = ConsumerProject.Console().WithoutGit();

        var build = project.Build();
        var run = project.RunProgram("nogit\n");

        Assert.Contains("warning FS1002", build.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("nogit"), "info.txt"));
        Assert.Contains("Git Hash:\n(unavailable)\n", info);
        Assert.Contains("Not recorded:\nFS1002: ", info);
    }
}
