using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

public sealed class WithoutGitTests
{
    [Fact]
    public void ProjectOutsideAnyRepository_BuildsWithWarningFOOT1002_AndRecordsWhatIsMissing()
    {
        var project = ConsumerProject.Console().WithoutGit();

        var build = project.Build();
        var run = project.RunProgram("nogit\n");

        Assert.Contains("warning FOOT1002", build.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("nogit"), "info.txt"));
        Assert.Contains("Not recorded:\nFOOT1002: ", info);
        Assert.Contains("Git Hash:\n(unavailable)\n", info);
    }

    // A Docker build without .git, in a repository whose Directory.Build.props or CI turns every
    // warning into an error: Footsteps' warning must not fail it.
    [Theory]
    [InlineData("-warnaserror")]
    [InlineData("-p:MSBuildTreatWarningsAsErrors=true")]
    [InlineData("-p:TreatWarningsAsErrors=true")]
    public void StrictBuild_KeepsFootstepsWarningsAsWarnings(string strictness)
    {
        var project = ConsumerProject.Console().WithoutGit();

        var build = project.Build(strictness);

        Assert.Contains("warning FOOT1002", build.StandardOutput);
        Assert.DoesNotContain("error FOOT1002", build.StandardOutput);
    }

    [Fact]
    public void AFootstepsCodeTheUserNames_StillFailsTheBuild()
    {
        var project = ConsumerProject.Console().WithoutGit();

        var build = project.Dotnet(null, "build", "-nodeReuse:false", "-warnaserror", "-p:WarningsAsErrors=FOOT1002");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error FOOT1002", build.StandardOutput);
    }
}
