using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>How a run ends on Windows: its exit code, an unhandled exception, Ctrl-C (the console's event, not a signal).</summary>
public sealed class EndOfRunTests
{
    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    [Fact]
    public void ExitCode_IsTheProcesssAndTheRecords()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.RunNamed(_experiment.Executable, "exit3", workingDirectory, "exit3");

        Assert.Equal(3, run.ExitCode);
        var record = WindowsExperiment.Record(workingDirectory, "exit3");
        Assert.Equal(RunStatus.Completed, record.Status);
        Assert.Equal(3, record.ExitCode);
    }

    [Fact]
    public void UnhandledException_RecordsFailed_WithTheException_AndTheProcessFails()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.RunNamed(_experiment.Executable, "throws", workingDirectory, "throw");

        Assert.NotEqual(0, run.ExitCode);
        var record = WindowsExperiment.Record(workingDirectory, "throws");
        Assert.Equal(RunStatus.Failed, record.Status);
        Assert.Equal("System.InvalidOperationException", record.Exception?.Type);
        Assert.Equal("the experiment diverged", record.Exception?.Message);
        Assert.Contains("about to fail", File.ReadAllText(Path.Combine(workingDirectory, "results", "throws", "output.log")));
    }

    [Fact]
    public void CtrlC_SentAsSigintToTheWineProcess_EndsTheRunInterrupted()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();
        using var program = WineProcess.Start(_experiment.Executable, "ctrl-c", workingDirectory, "wait");
        program.WaitForOutput("ready");

        program.Signal("INT");
        program.WaitForExit();

        var record = WindowsExperiment.Record(workingDirectory, "ctrl-c");
        Assert.Equal(RunStatus.Interrupted, record.Status);
        Assert.Equal("SIGINT", record.Signal);
        Assert.Equal(130, record.ExitCode);
    }

    [Fact]
    public void CtrlC_HandledByTheProgram_KeepsItRunning_AndTheRunCompletes()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();
        using var program = WineProcess.Start(_experiment.Executable, "handled", workingDirectory, "handle-ctrl-c");
        program.WaitForOutput("ready");

        program.Signal("INT");
        program.WaitForOutput("cleaned up after Ctrl-C");

        Assert.Equal(0, program.WaitForExit());
        var record = WindowsExperiment.Record(workingDirectory, "handled");
        Assert.Equal(RunStatus.Completed, record.Status);
        Assert.Null(record.Signal);
    }
}
