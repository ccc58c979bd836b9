using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Tool;

/// <summary>`footsteps list --job`: the runs of one batch job, out of many.</summary>
public sealed class ListByJobTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public ListByJobTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
        // One fixture for the class, one instance per test: the runs are made once.
        if (Directory.Exists(experiment.Project.RunDirectory("train/900")))
            return;
        foreach (var task in new[] { "0", "1" })
            _experiment.CopyRun("clean", $"sweep/812_{task}", r => r.Scheduler = Slurm("81" + (3 + int.Parse(task)), "812", task));
        _experiment.CopyRun("clean", "train/900", r => r.Scheduler = Slurm("900", null, null));
    }

    private static SchedulerRecord Slurm(string job, string? array, string? task) =>
        new() { Kind = "slurm", JobId = job, ArrayJobId = array, ArrayTaskId = task, JobName = "sweep" };

    [Fact]
    public void ListJob_OfAnArray_ShowsEveryTaskAndNothingElse_WithAJobColumn()
    {
        var list = _experiment.Footsteps("list", "--job", "812");

        Assert.True(list.ExitCode == 0, list.ToString());
        var lines = list.StandardOutput.Trim().Split('\n');
        Assert.StartsWith("NAME", lines[0]);
        Assert.Contains("JOB", lines[0]);
        Assert.Equal(new[] { "sweep/812_0", "sweep/812_1" }, lines.Skip(1).Select(line => line.Split(' ')[0]).Order());
        Assert.Contains(lines, line => line.Contains(" 812_1 "));
    }

    [Fact]
    public void ListJob_OfOneTaskOrOneJob_ShowsThatRunAlone()
    {
        var task = _experiment.Footsteps("list", "--job", "812_1");
        var job = _experiment.Footsteps("list", "--job", "900");

        Assert.Equal(new[] { "sweep/812_1" }, task.StandardOutput.Trim().Split('\n').Skip(1).Select(line => line.Split(' ')[0]));
        Assert.Equal(new[] { "train/900" }, job.StandardOutput.Trim().Split('\n').Skip(1).Select(line => line.Split(' ')[0]));
    }
}
