using FootstepsBuild.Tests.Testing;
using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>
/// Runs recorded on Windows (paths with '\', Windows quoting, the untracked sources copied by
/// Windows' file API) read back by the footsteps tool on Linux.
/// </summary>
public sealed class WindowsRecordTests : IClassFixture<WindowsRecordTests.TwoRuns>
{
    private readonly TwoRuns _runs;

    public WindowsRecordTests(TwoRuns runs)
    {
        _runs = runs;
    }

    /// <summary>Two completed Windows runs of one build, with other arguments.</summary>
    public sealed class TwoRuns
    {
        public TwoRuns()
        {
            var experiment = WindowsExperiment.Instance;
            Root = Path.Combine(experiment.NewWorkingDirectory(), "results");
            foreach (var (name, lr) in new[] { ("lr0.1", "0.1"), ("lr0.2", "0.2") })
            {
                var run = WineProcess.RunNamed(experiment.Executable, name, Path.GetDirectoryName(Root)!, "--lr", lr, "two words");
                Assert.True(run.ExitCode == 0, run.ToString());
            }
        }

        /// <summary>The output root the runs were written to, as a Linux path.</summary>
        public string Root { get; }

        public string Run(string name) => Path.Combine(Root, name);
    }

    private static ProcessResult Footsteps(params string[] arguments) =>
        WindowsExperiment.Instance.Project.Dotnet(null, new[] { FootstepsTool.Dll }.Concat(arguments).ToArray());

    [Fact]
    public void List_ShowsTheWindowsRuns_WithTheirWindowsCommandLines()
    {
        var list = Footsteps("list", _runs.Root);

        Assert.True(list.ExitCode == 0, list.ToString());
        var row = list.StandardOutput.Split('\n').Single(line => line.StartsWith("lr0.1 ", StringComparison.Ordinal));
        Assert.Contains("completed", row);
        Assert.Contains($"{WinePrefix.WindowsPath(WindowsExperiment.Instance.Executable)} --lr 0.1 \"two words\"", row);
    }

    [Fact]
    public void Show_PrintsTheWindowsPaths_AndTheUntrackedSource()
    {
        var show = Footsteps("show", _runs.Run("lr0.1"));

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("In         " + WinePrefix.WindowsPath(Path.GetDirectoryName(_runs.Root)!), show.StandardOutput);
        Assert.Contains("win-x64", show.StandardOutput);
        Assert.Contains(WindowsExperiment.UntrackedSource, show.StandardOutput);
    }

    [Fact]
    public void Diff_OfTwoWindowsRuns_FindsOnlyTheirCommandLinesApart()
    {
        var diff = Footsteps("diff", _runs.Run("lr0.1"), _runs.Run("lr0.2"));

        Assert.True(diff.ExitCode == 2, diff.ToString());
        Assert.Contains("Code: same", diff.StandardOutput);
        Assert.Contains("--lr 0.1 \"two words\" -> ", diff.StandardOutput);
        Assert.DoesNotContain("FOOTSTEPS_PARENT_RUN", diff.StandardOutput);
    }

    [Fact]
    public void Restore_OfAWindowsRun_RecreatesItsUncommittedChangeAndTheUntrackedSourceCopiedOnWindows()
    {
        var target = Path.Combine(Path.GetDirectoryName(_runs.Root)!, "restored");

        var restore = Footsteps("restore", _runs.Run("lr0.1"), target);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(LifecycleProgram.Code + WindowsExperiment.UncommittedLine, File.ReadAllText(Path.Combine(target, "Program.cs")));
        Assert.Equal(WindowsExperiment.UntrackedCode, File.ReadAllText(Path.Combine(target, WindowsExperiment.UntrackedSource)));
        Assert.Contains($"cd {target} && dotnet run -c Release -- --lr 0.1 'two words'", restore.StandardOutput);
    }

    // The record knows the build only as Windows saw it (Z:\...); the user names where it was.
    [Fact]
    public void Verify_OfAWindowsRun_GivenWhereItWasBuilt_RebuildsTheSameBinary()
    {
        var verify = Footsteps("verify", _runs.Run("lr0.1"), "--original-root", WindowsExperiment.Instance.Project.Directory + "/");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("identical: the rebuilt exp.dll has the recorded MVID", verify.StandardOutput);
    }

    // Wine, like WSL, gives the Linux host's name: the Windows pid is no Linux process's.
    [Fact]
    public void List_WhileTheWindowsRunRuns_SaysRunning_NotCrashed()
    {
        var workingDirectory = WindowsExperiment.Instance.NewWorkingDirectory();
        using var program = WineProcess.Start(WindowsExperiment.Instance.Executable, "live", workingDirectory, "wait");
        program.WaitForOutput("ready");

        var list = Footsteps("list", Path.Combine(workingDirectory, "results"));
        program.Signal("INT");
        program.WaitForExit();

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(" running ", list.StandardOutput.Split('\n').Single(line => line.StartsWith("live ", StringComparison.Ordinal)));
        Assert.Equal(Environment.MachineName, WindowsExperiment.Record(workingDirectory, "live").Host.HostName, StringComparer.OrdinalIgnoreCase);
    }
}
