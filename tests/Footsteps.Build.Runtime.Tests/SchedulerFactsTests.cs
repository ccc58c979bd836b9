using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class SchedulerFactsTests
{
    private static SchedulerRecord? From(params (string Name, string Value)[] variables) =>
        SchedulerFacts.From(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void SlurmArrayTask_IsNamedForTheJobThenArrayAndTask()
    {
        var job = From(("SLURM_JOB_ID", "813"), ("SLURM_ARRAY_JOB_ID", "812"), ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_JOB_NAME", "sweep"),
            ("SLURM_JOB_PARTITION", "gpu"), ("SLURM_JOB_NODELIST", "node[01-02]"), ("SLURM_SUBMIT_DIR", "/home/a/exp"))!;

        Assert.Equal(("slurm", "813", "812", "1", "gpu", "node[01-02]", "/home/a/exp", 0),
            (job.Kind, job.JobId, job.ArrayJobId, job.ArrayTaskId, job.Partition, job.NodeList, job.SubmitDirectory, job.RestartCount));
        Assert.Equal("sweep/812_1", SchedulerFacts.RunName(job));
    }

    [Fact]
    public void PlainSlurmJob_IsNamedForTheJob_AndARequeuedOneSaysWhichAttempt()
    {
        var job = From(("SLURM_JOB_ID", "900"), ("SLURM_JOB_NAME", "train"), ("SLURM_RESTART_COUNT", "2"))!;

        Assert.Equal("train/900", SchedulerFacts.RunName(job));
        Assert.Equal(2, job.RestartCount);
    }

    [Fact]
    public void PbsArrayJob_TakesTheArrayIdFromTheJobId()
    {
        var job = From(("PBS_JOBID", "1234[5].server"), ("PBS_ARRAY_INDEX", "5"), ("PBS_JOBNAME", "sweep"), ("PBS_QUEUE", "batch"))!;

        Assert.Equal(("pbs", "1234.server", "5", "batch"), (job.Kind, job.ArrayJobId, job.ArrayTaskId, job.Partition));
        Assert.Equal("sweep/1234.server_5", SchedulerFacts.RunName(job));
    }

    [Fact]
    public void LsfJob_IsAnArrayTaskOnlyWhenItsIndexIsNotZero()
    {
        var task = From(("LSB_JOBID", "77"), ("LSB_JOBINDEX", "3"), ("LSB_JOBNAME", "sweep[1-8]"))!;
        var plain = From(("LSB_JOBID", "78"), ("LSB_JOBINDEX", "0"), ("LSB_JOBNAME", "train"))!;

        Assert.Equal(("lsf", "77[3]", "77", "3"), (task.Kind, task.JobId, task.ArrayJobId, task.ArrayTaskId));
        Assert.Equal(("78", null), (plain.JobId, plain.ArrayJobId));
        Assert.Equal("train/78", SchedulerFacts.RunName(plain));
    }

    [Fact]
    public void OutsideAJob_ThereIsNoScheduler()
    {
        Assert.Null(From(("PATH", "/usr/bin")));
    }
}
