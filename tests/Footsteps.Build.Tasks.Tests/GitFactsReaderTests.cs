using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

public sealed class GitFactsReaderTests
{
    private static GitFacts Read(TempGitRepository repository, string subdirectory = "", params string[] excluded) =>
        Read(repository, aheadOfNeed: false, subdirectory, excluded);

    // aheadOfNeed: as the build reads git at its start, one command at a time (GitQuery.AheadOfNeed).
    private static GitFacts Read(TempGitRepository repository, bool aheadOfNeed, string subdirectory = "", params string[] excluded)
    {
        var query = new GitQuery(Path.Combine(repository.Root, subdirectory)) { AheadOfNeed = aheadOfNeed };
        query.ExcludedPaths.AddRange(excluded);
        return GitFactsReader.Read(query);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CleanRepository_HasCommitDescribeAndBranch_AndNoDiff(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();

        var facts = Read(repository, aheadOfNeed);

        Assert.Null(facts.Problem);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), facts.Commit);
        Assert.Equal(repository.Git("describe", "--always"), facts.Describe);
        Assert.Equal("main", facts.Branch);
        Assert.Equal("", facts.Diff);
        Assert.Empty(facts.Untracked);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ModifiedTrackedFile_AppearsInDiff(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();
        repository.WriteFile("a.txt", "one\ntwo\n");

        var facts = Read(repository, aheadOfNeed);

        Assert.Contains("+two", facts.Diff);
        Assert.Contains("a/a.txt", facts.Diff);
        Assert.False(facts.DiffTruncated);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UntrackedFiles_AreListedFromTheRoot_WithoutBuildOutputOrExcludedPaths(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("app/a.cs", "x").CommitAll();
        repository.WriteFile("app/new file ü.cs", "y")
            .WriteFile("top.txt", "z")
            .WriteFile("app/bin/Debug/app.dll", "b")
            .WriteFile("other/obj/x.json", "o")
            .WriteFile("app/results/run/info.txt", "r");

        var facts = Read(repository, aheadOfNeed, "app", "results");

        Assert.Equal(new[] { "app/new file ü.cs", "top.txt" }, facts.Untracked.OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoCommits_ReportsFOOT1003_AndDiffsStagedFilesAgainstEmptyTree(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("staged.txt", "s\n");
        repository.Git("add", "staged.txt");

        var facts = Read(repository, aheadOfNeed);

        Assert.Equal(Diagnostics.NoCommits, facts.Problem?.Code);
        Assert.Null(facts.Commit);
        Assert.Contains("+s", facts.Diff);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NotARepository_ReportsFOOT1002(bool aheadOfNeed)
    {
        using var directory = TempGitRepository.CreateDirectoryOnly();

        var facts = Read(directory, aheadOfNeed);

        Assert.Equal(Diagnostics.NotARepository, facts.Problem?.Code);
        Assert.Null(facts.Commit);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GitMissing_ReportsFOOT1001(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "x").CommitAll();

        var facts = GitFactsReader.Read(new GitQuery(repository.Root) { GitExecutable = "/nonexistent/git", AheadOfNeed = aheadOfNeed });

        Assert.Equal(Diagnostics.GitNotFound, facts.Problem?.Code);
    }

    [Fact]
    public void UsersDiffPrefixSettings_StillLeaveTheOutputRootOutOfTheDiff()
    {
        using var repository = TempGitRepository.Init()
            .WriteFile("app/Program.cs", "class P {}\n").WriteFile("app/results/r.csv", "1\n").CommitAll()
            .WriteFile("app/Program.cs", "class P { int x; }\n").WriteFile("app/results/r.csv", "2\n");
        repository.Git("config", "diff.noprefix", "true");
        repository.Git("config", "diff.mnemonicPrefix", "true");

        var facts = Read(repository, "app", "results");

        Assert.Contains("diff --git a/app/Program.cs b/app/Program.cs", facts.Diff);
        Assert.DoesNotContain("r.csv", facts.Diff);
    }

    [Fact]
    public void OwnTrackedResults_CannotPushCodeOutOfTheCappedDiff()
    {
        using var repository = TempGitRepository.Init()
            .WriteFile("app/results/big.csv", "0\n").WriteFile("app/src/Code.cs", "class C {}\n").CommitAll()
            .WriteFile("app/results/big.csv", string.Concat(Enumerable.Repeat("a changed result line\n", 1500)))
            .WriteFile("app/src/Code.cs", "class C { int changed; }\n");
        var query = new GitQuery(Path.Combine(repository.Root, "app")) { DiffCapBytes = 10_000 };
        query.ExcludedPaths.Add("results");

        var facts = GitFactsReader.Read(query);

        Assert.Contains("int changed;", facts.Diff);
        Assert.DoesNotContain("big.csv", facts.Diff);
        Assert.False(facts.DiffTruncated);
    }

    [Fact]
    public void GitThatAnswersNothing_IsAProblem_NotACrash()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/a.txt", "x").CommitAll();
        var silentGit = ScriptedGit.Write(Path.Combine(repository.Root, "silent-git.sh"), "exit 0\n");

        var facts = GitFactsReader.Read(new GitQuery(Path.Combine(repository.Root, "app")) { GitExecutable = silentGit });

        Assert.Equal(Diagnostics.GitRefused, facts.Problem?.Code);
        Assert.Null(facts.Commit);
    }

    [Fact]
    public void DetachedHead_HasCommitButNoBranch()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "1").CommitAll().WriteFile("a.txt", "2").CommitAll();
        repository.Git("checkout", "-q", "--detach", "HEAD~1");

        var facts = Read(repository);

        Assert.Null(facts.Problem);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), facts.Commit);
        Assert.Null(facts.Branch);
    }

    [Fact]
    public void CredentialsInRemoteUrl_AreNeverKept_AndGitHubLinkPointsAtCommit()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "x").CommitAll();
        repository.Git("remote", "add", "origin", "https://someone:ghp_SECRET123@github.com/owner/repo.git");

        var facts = Read(repository);

        Assert.Equal("https://github.com/owner/repo.git", facts.Remote);
        Assert.Equal($"https://github.com/owner/repo/tree/{facts.Commit}", facts.WebLink);
    }

    [Fact]
    public void DiffLargerThanCap_IsCutAndMarkedTruncated()
    {
        using var repository = TempGitRepository.Init().WriteFile("big.txt", "start\n").CommitAll();
        repository.WriteFile("big.txt", string.Concat(Enumerable.Repeat("a line that makes the diff large\n", 20_000)));

        var facts = GitFactsReader.Read(new GitQuery(repository.Root) { DiffCapBytes = 10_000 });

        Assert.True(facts.DiffTruncated);
        Assert.InRange(facts.Diff.Length, 9_000, 10_000);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GitRunsOneCommandAtATime_OnlyAheadOfNeed_AndThenWithoutIndexPreloadThreads(bool aheadOfNeed)
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();
        repository.WriteFile("a.txt", "two\n").WriteFile("new.txt", "n\n");
        // Each call notes whether another was running when it started; the pause makes calls that run at once overlap
        // (two seconds when they should: on a loaded machine, with the suite's other tests beside, starting the next
        // process can take over a second).
        var log = Path.Combine(repository.Root, ".git", "timed-git.log");
        var running = Path.Combine(repository.Root, ".git", "timed-git.running");
        var pause = aheadOfNeed ? "0.2" : "2";
        var timedGit = ScriptedGit.Write(Path.Combine(repository.Root, ".git", "timed-git.sh"),
            $"if [ -e '{running}' ]; then echo overlap >> '{log}'; fi\ntouch '{running}'\necho \"$*\" >> '{log}'\nsleep {pause}\ngit \"$@\"\nstatus=$?\nrm -f '{running}'\nexit $status\n");

        var facts = GitFactsReader.Read(new GitQuery(repository.Root) { GitExecutable = timedGit, AheadOfNeed = aheadOfNeed });

        Assert.Null(facts.Problem);
        Assert.Contains("+two", facts.Diff);
        Assert.Contains("new.txt", facts.Untracked);
        var lines = File.ReadAllLines(log);
        Assert.Equal(5, lines.Count(line => line != "overlap"));
        Assert.Equal(!aheadOfNeed, lines.Contains("overlap"));
        Assert.Equal(aheadOfNeed, lines.Single(line => line.Contains(" diff ")).Contains("core.preloadIndex=false"));
    }

    [Fact]
    public void AheadOfNeed_ASlowDescribe_StillLeavesTheDiffAndTheUntrackedFiles()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();
        repository.WriteFile("a.txt", "two\n").WriteFile("new.txt", "n\n");
        // describe hangs (exec: the timeout stops the sleep itself); everything else is git.
        var slowGit = ScriptedGit.Write(Path.Combine(repository.Root, ".git", "slow-describe-git.sh"),
            "case \"$*\" in *describe*) exec sleep 30;; esac\nexec git \"$@\"\n");

        var facts = GitFactsReader.Read(new GitQuery(repository.Root) { GitExecutable = slowGit, AheadOfNeed = true, Timeout = System.TimeSpan.FromSeconds(2) });

        Assert.Equal(Diagnostics.GitTimedOut, facts.Problem?.Code);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), facts.Describe);
        Assert.Contains("+two", facts.Diff);
        Assert.Contains("new.txt", facts.Untracked);
    }

    [Fact]
    public void AheadOfNeed_AHungGit_HoldsTheReadingForTwoTimeoutsAtMost()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();
        // rev-parse answers; every later command hangs.
        var log = Path.Combine(repository.Root, ".git", "hanging-git.log");
        var hangingGit = ScriptedGit.Write(Path.Combine(repository.Root, ".git", "hanging-git.sh"),
            $"echo \"$*\" >> '{log}'\ncase \"$*\" in *rev-parse*) exec git \"$@\";; esac\nexec sleep 30\n");

        var facts = GitFactsReader.Read(new GitQuery(repository.Root) { GitExecutable = hangingGit, AheadOfNeed = true, Timeout = System.TimeSpan.FromSeconds(1) });

        Assert.Equal(Diagnostics.GitTimedOut, facts.Problem?.Code);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), facts.Commit);
        // The diff takes one timeout, describe what is left of two; config and ls-files are never started.
        var calls = File.ReadAllLines(log);
        Assert.Equal(3, calls.Length);
        Assert.Contains(" diff ", calls[1]);
        Assert.StartsWith("describe", calls[2]);
    }
}
