using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Tool;

/// <summary>`footsteps diff`: the code as a unified diff between source states, and the facts that differ.</summary>
public sealed class DiffTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public DiffTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
    }

    [Fact]
    public void Diff_ShowsTheCodeChange_IncludingTheUntrackedFile_AndTheCommand()
    {
        var diff = _experiment.Footsteps("diff", "clean", "edited");

        Assert.True(diff.ExitCode == 2, diff.ToString());
        Assert.Contains("-Console.WriteLine(\"first version\");", diff.StandardOutput);
        Assert.Contains("+Console.WriteLine(\"second version: \" + Helper.Describe());", diff.StandardOutput);
        Assert.Contains("diff --git a/Helper.cs b/Helper.cs", diff.StandardOutput);
        Assert.Contains("+static class Helper", diff.StandardOutput);
        Assert.Contains("--lr 0.1 -> ", diff.StandardOutput);
        Assert.Contains("Machine: same", diff.StandardOutput);
    }

    [Fact]
    public void Diff_ShowsPackageChanges()
    {
        _experiment.CopyRun("edited", "more-packages", record =>
            record.Packages.Add(new PackageRecord { Name = "Example.Numerics", Version = "1.2.3" }));

        var diff = _experiment.Footsteps("diff", "edited", "more-packages");

        Assert.True(diff.ExitCode == 2, diff.ToString());
        Assert.Contains("Packages:\n  + Example.Numerics 1.2.3", diff.StandardOutput);
        Assert.Contains("Code: same", diff.StandardOutput);
    }

    [Fact]
    public void Diff_OfARunWithItself_IsSame_ExitCode0()
    {
        var diff = _experiment.Footsteps("diff", "edited", "results/edited");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        foreach (var section in new[] { "Code", "Packages", "Build", "Command", "Machine" })
            Assert.Contains(section + ": same", diff.StandardOutput);
    }
}
