using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>info.json and output.log tell honestly how each run ended, from the packed nupkg.</summary>
public sealed class RunRecordTests : IClassFixture<LifecycleExperiment>
{
    private readonly ConsumerProject _project;

    public RunRecordTests(LifecycleExperiment experiment)
    {
        _project = experiment.Project;
    }

    private RunRecord Record(string name) => RunRecordFile.Read(Path.Combine(_project.RunDirectory(name), "info.json"));

    private string OutputLog(string name) => File.ReadAllText(Path.Combine(_project.RunDirectory(name), "output.log"));

    [Fact]
    public void NormalExit_IsCompleted_WithTheExitCodeAndTimes()
    {
        var run = _project.RunProgram(null, runName: "normal-exit", arguments: "exit3");

        Assert.Equal(3, run.ExitCode);
        var record = Record("normal-exit");
        Assert.Equal(RunStatus.Completed, record.Status);
        Assert.Equal(3, record.ExitCode);
        Assert.True(record.EndedUtc >= record.StartedUtc);
        Assert.Equal("normal-exit", record.Name);
        Assert.Equal(_project.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Equal("Debug", record.Build.Configuration);
        Assert.Equal(new[] { "exit3" }, record.Command.Argv.Skip(1));
        // One truth: argv is the command line's words, the apphost first; the dll is its own field.
        Assert.Equal(_project.AppHost, record.Command.Argv[0]);
        Assert.Equal(record.Command.ProcessPath, record.Command.Argv[0]);
        Assert.StartsWith(record.Command.Argv[0] + " ", record.Command.CommandLine);
        Assert.Equal(new[] { "exit3" }, record.Command.Arguments!);
        Assert.Equal(_project.AppDll, record.Command.AssemblyPath);
        Assert.Contains(record.Packages, p => p.Name == "Footsteps.Build" && p.Version == PackedFootsteps.Version);
        Assert.Equal(Environment.ProcessorCount, record.Host.LogicalCores);
        Assert.False(string.IsNullOrEmpty(record.EntryAssembly.Mvid));
        Assert.Contains("exiting with 3\n", OutputLog("normal-exit"));
    }

    [Fact]
    public void UnhandledException_IsFailed_WithTheException()
    {
        var run = _project.RunProgram(null, runName: "failing", arguments: "throw");

        Assert.NotEqual(0, run.ExitCode);
        var record = Record("failing");
        Assert.Equal(RunStatus.Failed, record.Status);
        Assert.Equal("System.InvalidOperationException", record.Exception?.Type);
        Assert.Equal("the experiment diverged", record.Exception?.Message);
        Assert.Contains("about to fail\n", OutputLog("failing"));
    }

    [Theory]
    [InlineData("INT", "SIGINT", 130)]
    [InlineData("TERM", "SIGTERM", 143)]
    public void Signal_TheProgramDoesNotHandle_IsInterrupted(string signal, string recordedSignal, int exitCode)
    {
        var name = "signal-" + signal;
        using var program = new RunningProgram(_project.AppHost, _project.Directory, name, "wait");
        program.WaitForOutput("ready");

        program.Signal(signal);
        program.WaitForExit();

        var record = Record(name);
        Assert.Equal(RunStatus.Interrupted, record.Status);
        Assert.Equal(recordedSignal, record.Signal);
        Assert.Equal(exitCode, record.ExitCode);
        Assert.Contains("ready\n", OutputLog(name));
    }

    [Fact]
    public void CtrlC_TheProgramHandles_DoesNotEndTheRun_NorChangeWhatTheProgramDoes()
    {
        using var program = new RunningProgram(_project.AppHost, _project.Directory, "handled-ctrl-c", "handle-ctrl-c");
        program.WaitForOutput("ready");

        program.Signal("INT");

        Assert.Equal(0, program.WaitForExit());
        Assert.Contains("cleaned up after Ctrl-C", program.Output);
        var record = Record("handled-ctrl-c");
        Assert.Equal(RunStatus.Completed, record.Status);
        Assert.Equal(0, record.ExitCode);
    }

    [Fact]
    public void KillNine_LeavesCompleteRecords_ThatReadersSeeAsCrashed()
    {
        using var program = new RunningProgram(_project.AppHost, _project.Directory, "killed", "wait");
        program.WaitForOutput("ready");

        program.Signal("KILL");
        program.WaitForExit();

        var record = Record("killed");
        Assert.Equal(RunStatus.Running, record.Status);
        Assert.Equal(RunStatus.Crashed, RunRecordFile.EffectiveStatus(record));
        var info = File.ReadAllText(Path.Combine(_project.RunDirectory("killed"), "info.txt"));
        Assert.Contains("Current working dir:\n", info);
        Assert.Contains("Build:\n", info);
    }

    [Fact]
    public void ProgressBarRewrites_CollapseToTheirFinalState_InOutputLog()
    {
        var run = _project.RunProgram(null, runName: "progress", arguments: "progress");

        Assert.Contains("\rtraining 50%", run.StandardOutput);
        Assert.Equal(
            "Saving results to results/progress/\ntraining 100%\na warning on stderr\nno newline at the end",
            OutputLog("progress"));
    }

    // output.log's buffers are outside the GC's budgets: a program printing every step of a
    // training loop has no full collection of its heap on Footsteps' account (an array that grew
    // on the large object heap caused one, and the runtime's optimization of the program waited
    // for the finalizers it ran: docs/benchmarks.md).
    [Fact]
    public void ATrainingLoopPrintingEveryStep_HasNoFullCollection_AndOutputLogKeepsHeadAndTail()
    {
        var run = _project.RunProgram(null, runName: "training-log", arguments: "training-log");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal("0", File.ReadAllText(Path.Combine(_project.RunDirectory("training-log"), "gen2.txt")));
        var log = OutputLog("training-log");
        Assert.StartsWith("Saving results to results/training-log/\nstep 0 loss 0.25\nstep 1 loss 0.25\n", log);
        Assert.Contains("[Footsteps: output.log keeps the first 1 MiB and the last 1 MiB of the output; ", log);
        Assert.EndsWith("step 299998 loss 0.25\nstep 299999 loss 0.25\n", log);
    }

    [Fact]
    public void NextPath_NumbersArtifactsInTheRunDirectory()
    {
        _project.RunProgram(null, runName: "numbered", arguments: "paths");

        Assert.Equal("first", File.ReadAllText(Path.Combine(_project.RunDirectory("numbered"), "000_loss.png")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(_project.RunDirectory("numbered"), "001_loss.png")));
    }

    [Fact]
    public void EnvironmentVariables_OnlyAllowListed_NeverSecretLooking()
    {
        var run = ProcessRunner.Run(_project.AppHost, Array.Empty<string>(), _project.Directory, environment: new Dictionary<string, string?>
        {
            ["FOOTSTEPS_NAME"] = "environment",
            ["CUDA_VISIBLE_DEVICES"] = "1,3",
            ["SLURM_ARRAY_TASK_ID"] = "7",
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_API_KEY"] = "dotnet-key-value-42",
            ["MY_SECRET_TOKEN"] = "token-value-42",
            ["UNLISTED_SETTING"] = "unlisted-value-42",
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        var environment = Record("environment").Environment;
        Assert.Equal("1,3", environment["CUDA_VISIBLE_DEVICES"]);
        Assert.Equal("7", environment["SLURM_ARRAY_TASK_ID"]);
        Assert.Equal("0", environment["DOTNET_gcServer"]);
        foreach (var file in Directory.GetFiles(_project.RunDirectory("environment"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("-value-42", text);
        }
    }

    [Fact]
    public void GpusFromNvidiaSmi_AreRecorded()
    {
        var fakeBin = Directory.CreateTempSubdirectory("footsteps-fake-nvidia-").FullName;
        var nvidiaSmi = Path.Combine(fakeBin, "nvidia-smi");
        File.WriteAllText(nvidiaSmi, "#!/bin/sh\necho 'NVIDIA H100 80GB HBM3, GPU-1234, 81559, 550.54.15'\necho 'NVIDIA H100 80GB HBM3, GPU-5678, 81559, 550.54.15'\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(nvidiaSmi, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var run = ProcessRunner.Run(_project.AppHost, Array.Empty<string>(), _project.Directory, environment: new Dictionary<string, string?>
        {
            ["FOOTSTEPS_NAME"] = "with-gpus",
            ["PATH"] = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH"),
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        var gpus = Record("with-gpus").Gpus;
        Assert.NotNull(gpus);
        Assert.Equal(new[] { "GPU-1234", "GPU-5678" }, gpus.Select(g => g.Uuid));
        Assert.All(gpus, g => Assert.Equal(81559, g.MemoryTotalMiB));
    }

    [Fact]
    public void NoNvidiaSmi_MeansNoGpus()
    {
        _project.RunProgram(null, runName: "without-gpus");

        Assert.Null(Record("without-gpus").Gpus);
    }
}
