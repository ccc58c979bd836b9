using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Experiments as Slurm jobs on a real (single-node) cluster: built once, run as arrays.</summary>
public sealed class SlurmTests : IClassFixture<SlurmCluster>
{
    private const string Program = """
        if (args.Length > 0 && args[0] == "wait")
        {
            Console.WriteLine(Footsteps.OutputDir);
            Console.WriteLine("waiting");
            Thread.Sleep(120_000);
        }
        File.WriteAllText(Footsteps.OutputDir + "task.txt", Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID") ?? "none");
        """;

    private readonly SlurmCluster _cluster;
    private readonly ConsumerProject _project;

    public SlurmTests(SlurmCluster cluster)
    {
        _cluster = cluster;
        _project = ConsumerProject.Console().WithProgram(Program).InGitRepository();
        _project.Build();
    }

    [Fact]
    public void AnArrayOfEightTasks_GivesEightRecords_NamedForTheJobAndTask_WithTheJobInTheirRecord()
    {
        var job = _cluster.Submit(_project.Directory, "--array=0-7", "--job-name=sweep", "--wrap", _project.AppHost);
        _cluster.WaitUntilDone(job);

        for (var task = 0; task < 8; task++)
        {
            var directory = _project.RunDirectory($"sweep/{job}_{task}");
            Assert.Equal(task.ToString(), File.ReadAllText(Path.Combine(directory, "task.txt")));
            var record = RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName));
            Assert.Equal(RunStatus.Completed, record.Status);
            Assert.Equal("slurm", record.Scheduler?.Kind);
            Assert.Equal(job, record.Scheduler!.ArrayJobId);
            Assert.Equal(task.ToString(), record.Scheduler.ArrayTaskId);
            Assert.Equal("sweep", record.Scheduler.JobName);
            Assert.Equal("tests", record.Scheduler.Partition);
            Assert.Equal(_project.Directory, record.Scheduler.SubmitDirectory);
            Assert.Contains($"Scheduler:\nslurm job {record.Scheduler.JobId} (array {job}, task {task})\nName: sweep\n",
                File.ReadAllText(Path.Combine(directory, "info.txt")));
        }
        Assert.Equal(8, Directory.GetDirectories(_project.RunDirectory("sweep")).Length);
        var list = _project.Dotnet(null, FootstepsTool.Dll, "list", "--job", job);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Equal(Enumerable.Range(0, 8).Select(task => $"sweep/{job}_{task}"),
            list.StandardOutput.Trim().Split('\n').Skip(1).Select(line => line.Split(' ')[0]).OrderBy(name => name.Length).ThenBy(name => name));
    }

    [Fact]
    public void FootstepsNameInTheJobScript_StillWins()
    {
        _project.WriteFile("job.sh", $"#!/bin/sh\nFOOTSTEPS_NAME=lr/$SLURM_ARRAY_TASK_ID exec {_project.AppHost}\n");

        var job = _cluster.Submit(_project.Directory, "--array=0-3", "--job-name=named", Path.Combine(_project.Directory, "job.sh"));
        _cluster.WaitUntilDone(job);

        for (var task = 0; task < 4; task++)
            Assert.Equal(task.ToString(), File.ReadAllText(Path.Combine(_project.RunDirectory($"lr/{task}"), "task.txt")));
        Assert.False(Directory.Exists(_project.RunDirectory("named")));
    }

    [Fact]
    public void ScancelledJob_EndsInterrupted_BySigterm()
    {
        var job = _cluster.Submit(_project.Directory, "--job-name=cancelled", "--wrap", $"{_project.AppHost} wait");
        var record = Path.Combine(_project.RunDirectory($"cancelled/{job}"), InfoJsonFile.FileName);
        var output = Path.Combine(_project.RunDirectory($"cancelled/{job}"), "output.log");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(File.Exists(output) && File.ReadAllText(output).Contains("waiting")))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the job never started");
            Thread.Sleep(200);
        }

        _cluster.Cancel(job);
        _cluster.WaitUntilDone(job);

        var ended = RunRecordFile.Read(record);
        Assert.Equal(RunStatus.Interrupted, ended.Status);
        Assert.Equal("SIGTERM", ended.Signal);
        Assert.Equal(143, ended.ExitCode);
    }
}
