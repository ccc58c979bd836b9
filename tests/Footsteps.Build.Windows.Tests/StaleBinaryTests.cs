using FootstepsBuild.Tests.Testing;
using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>
/// The launch's stale-binary check (HEAD read from .git, the sources' times against the
/// binary's, no git process) through Windows paths: the repository is seen as Z:\….
/// </summary>
public sealed class StaleBinaryTests
{
    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    [Fact]
    public void CommitAndEditAfterPublishing_AreToldAtLaunch_ReadingGitThroughWindowsPaths()
    {
        var clone = Clone();
        var executable = _experiment.CopyInto(clone);
        File.AppendAllText(Path.Combine(clone, "Program.cs"), "// edited after publishing\n");
        TempGitRepository.GitIn(clone, "commit", "-q", "-am", "edited after publishing");
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.RunNamed(executable, "stale", workingDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        var head = TempGitRepository.GitIn(clone, "rev-parse", "HEAD");
        Assert.StartsWith($"Warning:\nThis binary was built from other code than the working tree now holds (HEAD is now {head}",
            WindowsExperiment.InfoTxt(workingDirectory, "stale"));
        var workingTree = WindowsExperiment.Record(workingDirectory, "stale").WorkingTree;
        Assert.Equal(head, workingTree?.Commit);
        Assert.Contains("Program.cs", workingTree?.ChangedSources ?? new List<string>());
    }

    // Git for Windows writes a worktree's .git file with its drive and forward slashes.
    [Fact]
    public void WorktreeWhoseGitFileNamesItsGitDirectoryTheWindowsWay_IsReadAtLaunch()
    {
        var clone = Clone();
        var worktree = clone + "-worktree";
        TempGitRepository.GitIn(clone, "worktree", "add", "-q", "-b", "elsewhere", worktree);
        TempGitRepository.GitIn(worktree, "commit", "-q", "--allow-empty", "-m", "moved on in the worktree");
        var head = TempGitRepository.GitIn(worktree, "rev-parse", "HEAD");
        var gitDirectory = Path.Combine(clone, ".git", "worktrees", Path.GetFileName(worktree));
        File.WriteAllText(Path.Combine(worktree, ".git"), "gitdir: " + WinePrefix.WindowsPath(gitDirectory).Replace('\\', '/') + "\n");
        var executable = _experiment.CopyInto(worktree);
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.RunNamed(executable, "worktree", workingDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(head, WindowsExperiment.Record(workingDirectory, "worktree").WorkingTree?.Commit);
    }

    private string Clone()
    {
        var clone = Path.Combine(Path.GetDirectoryName(_experiment.Project.Directory)!, "clone-" + Guid.NewGuid().ToString("N")[..8]);
        TempGitRepository.GitIn(Path.GetDirectoryName(clone)!, "clone", "-q", _experiment.Project.Directory, clone);
        TempGitRepository.InitializeIn(clone);
        return clone;
    }
}
