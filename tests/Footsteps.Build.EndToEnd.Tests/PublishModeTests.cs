using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// Programs published as a single file, with NativeAOT or trimmed: no warning from the package,
/// and the launch still tells a stale binary (there is no dll on disk to compare with).
/// </summary>
public sealed class PublishModeTests
{
    [Theory]
    [InlineData("-p:PublishSingleFile=true", "--self-contained", "false")]
    [InlineData("-p:PublishAot=true")]
    [InlineData("-p:PublishTrimmed=true", "--self-contained", "true")]
    public void PublishedProgram_GetsNoWarningFromThePackage_AndItsLaunchTellsAStaleBinary(params string[] mode)
    {
        var project = ConsumerProject.Console().InGitRepository();
        // Where `dotnet publish` puts it: inside the project, so the launch finds the repository.
        var output = Path.Combine(project.Directory, "bin", "Release", "net10.0", "linux-x64", "publish");

        var publish = project.Dotnet(null, new[] { "publish", "-r", "linux-x64", "-nodeReuse:false" }.Concat(mode).ToArray());
        project.WriteFile("Program.cs", project.ReadFile("Program.cs") + "// edited after publishing\n");
        project.Git("commit", "-q", "-am", "edit after publishing");
        var run = project.RunProgram(null, runName: "published", program: Path.Combine(output, ConsumerProject.Name));

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotContain("warning IL", publish.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("published"), "info.txt"));
        Assert.StartsWith("Warning:\nThis binary was built from other code than the working tree now holds (HEAD is now", info);
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("published"), InfoJsonFile.FileName));
        Assert.Equal(RunStatus.Completed, record.Status);
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.WorkingTree?.Commit);
    }
}
