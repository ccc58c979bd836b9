namespace FootstepsBuild.Tests.Tool;

/// <summary>`footsteps restore`: the exact source tree of a run, the user's checkout untouched.</summary>
public sealed class RestoreTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public RestoreTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
    }

    private static string NewDirectory() => Path.Combine(Path.GetTempPath(), "footsteps-restored-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Restore_RecreatesCommitDiffAndUntrackedSources_WithoutTouchingTheCheckout()
    {
        var project = _experiment.Project;
        string UserState() => string.Join("\n", project.Git("rev-parse", "HEAD"), project.Git("symbolic-ref", "HEAD"),
            project.Git("status", "--porcelain", "--untracked-files=all"), project.Git("diff", "--cached"), project.Git("worktree", "list"));
        var before = UserState();
        var target = NewDirectory();

        var restore = _experiment.Footsteps("restore", "edited", target);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(RecordedExperiment.EditedProgram, File.ReadAllText(Path.Combine(target, "Program.cs")));
        Assert.Equal(RecordedExperiment.HelperSource, File.ReadAllText(Path.Combine(target, "Helper.cs")));
        Assert.Contains($"cd {target} && dotnet run -c Debug -- --lr 0.2", restore.StandardOutput);
        Assert.Equal(before, UserState());
    }

    [Fact]
    public void Restore_OfACleanRun_IsTheCommittedCode()
    {
        var target = NewDirectory();

        var restore = _experiment.Footsteps("restore", "clean", target);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(RecordedExperiment.CommittedProgram, File.ReadAllText(Path.Combine(target, "Program.cs")));
        Assert.False(File.Exists(Path.Combine(target, "Helper.cs")));
    }

    [Fact]
    public void Restore_CommitNotInTheRepository_SaysHowToFetchIt_ExitCode4()
    {
        const string missing = "0123456789abcdef0123456789abcdef01234567";
        _experiment.CopyRun("clean", "from-elsewhere", record =>
        {
            record.Git.Commit = missing;
            record.Git.Remote = "https://github.com/example/exp.git";
        });
        var target = NewDirectory();

        var restore = _experiment.Footsteps("restore", "from-elsewhere", target);

        Assert.Equal(4, restore.ExitCode);
        Assert.Contains($"Commit {missing} is not in the repository", restore.StandardError);
        Assert.Contains($"fetch https://github.com/example/exp.git {missing}", restore.StandardError);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Restore_DiffThatDoesNotApply_IsAClearError_ExitCode4()
    {
        _experiment.CopyRun("edited", "unappliable", record =>
            record.Git.Diff = record.Git.Diff.Replace("-Console.WriteLine(\"first version\");", "-Console.WriteLine(\"a line that never was\");"));
        var target = NewDirectory();

        var restore = _experiment.Footsteps("restore", "unappliable", target);

        Assert.Equal(4, restore.ExitCode);
        Assert.Contains("do not apply to commit", restore.StandardError);
        Assert.False(Directory.Exists(target));
    }
}
