using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tool;

/// <summary>The tool package installs with `dotnet tool install` and runs as `footsteps`.</summary>
public sealed class InstallTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public InstallTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
    }

    [Fact]
    public void PackedTool_InstallsToAToolPath_AndListsRuns()
    {
        var feed = PackedFootsteps.Instance;
        feed.Pack(FootstepsTool.ProjectPath);
        var toolPath = Path.Combine(feed.Root, "tools-" + Guid.NewGuid().ToString("N")[..8]);

        var install = _experiment.Project.Dotnet(null, "tool", "install", "Footsteps.Tool", "--version", PackedFootsteps.Version,
            "--tool-path", toolPath, "--add-source", feed.Feed);
        Assert.True(install.ExitCode == 0, install.ToString());
        var list = ProcessRunner.Run(Path.Combine(toolPath, "footsteps"), new[] { "list" }, _experiment.Project.Directory);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("edited ", list.StandardOutput);
        Assert.Contains("clean ", list.StandardOutput);
    }
}
