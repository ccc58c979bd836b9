using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>
/// Git's answers about HEAD kept between builds (HeadAnswersCache, RepositoryStamp): an unchanged
/// repository is asked only for its diff and untracked files, and every change that moves what
/// rev-parse, describe or origin's URL say is seen at the next read.
/// </summary>
public sealed class HeadAnswersCacheTests : IDisposable
{
    private readonly TempGitRepository _repository = TempGitRepository.Init().WriteFile("a.txt", "one\n").CommitAll();
    private readonly string _outside = Directory.CreateTempSubdirectory("footsteps-answers").FullName;
    private readonly LoggingGit _git;

    public HeadAnswersCacheTests()
    {
        _git = new LoggingGit(_outside);
    }

    private string AnswersFile => Path.Combine(_outside, "git-head-answers.txt");

    private GitFacts Read(string? directory = null) =>
        GitFactsReader.Read(new GitQuery(directory ?? _repository.Root) { GitExecutable = _git.Executable, AheadOfNeed = true, HeadAnswersFile = AnswersFile });

    // Annotated: describe without --tags takes no other.
    private void Tag(string name) => _repository.Git("-c", "user.name=t", "-c", "user.email=t@example.com", "tag", "-a", name, "-m", name);

    private string[] CallsDuring(Func<GitFacts> read, out GitFacts facts)
    {
        var before = _git.Calls.Length;
        facts = read();
        return _git.Calls.Skip(before).ToArray();
    }

    [Fact]
    public void AnUnchangedRepository_IsAskedOnlyForItsDiffAndUntrackedFiles_AndTheFactsAreTheSame()
    {
        _repository.Git("remote", "add", "origin", "https://example.com/lab/exp.git");
        Tag("v1.0");
        _repository.WriteFile("a.txt", "two\n").WriteFile("new.txt", "n\n");

        var first = Read();
        var calls = CallsDuring(() => Read(), out var second);

        Assert.Equal(2, calls.Length);
        Assert.Contains(calls, call => call.Contains(" diff HEAD "));
        Assert.Contains(calls, call => call.Contains("ls-files --others"));
        Assert.Equal(_repository.Git("rev-parse", "HEAD"), second.Commit);
        Assert.Equal("v1.0", second.Describe);
        Assert.Equal(first.Branch, second.Branch);
        Assert.NotNull(second.Branch);
        Assert.Equal("https://example.com/lab/exp.git", second.Remote);
        Assert.Equal(first.RepositoryRoot, second.RepositoryRoot);
        Assert.Contains("+two", second.Diff);
        Assert.Contains("new.txt", second.Untracked);
    }

    [Fact]
    public void ANewCommit_IsSeenAtTheNextRead()
    {
        Read();
        _repository.WriteFile("a.txt", "two\n").CommitAll("second");

        var calls = CallsDuring(() => Read(), out var facts);

        Assert.Equal(_repository.Git("rev-parse", "HEAD"), facts.Commit);
        Assert.Contains(calls, call => call.StartsWith("rev-parse", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewTag_LooseOrPacked_ChangesDescribe()
    {
        Read();
        Tag("v1.0");
        Assert.Equal("v1.0", Read().Describe);

        _repository.Git("tag", "-d", "v1.0");
        Tag("v2.0");
        _repository.Git("pack-refs", "--all");
        Assert.Equal("v2.0", Read().Describe);

        // No loose tag before or after: only packed-refs tells.
        _repository.Git("tag", "-d", "v2.0");
        Tag("v3.0");
        _repository.Git("pack-refs", "--all");
        Assert.Equal("v3.0", Read().Describe);
    }

    [Fact]
    public void ASwitchedBranch_ADetachedHead_AndAChangedRemote_AreSeen()
    {
        Read();
        _repository.Git("checkout", "-q", "-b", "experiment");
        Assert.Equal("experiment", Read().Branch);

        _repository.Git("checkout", "-q", "--detach");
        Assert.Null(Read().Branch);

        _repository.Git("remote", "add", "origin", "https://example.com/one.git");
        Assert.Equal("https://example.com/one.git", Read().Remote);
        _repository.Git("remote", "set-url", "origin", "https://example.com/two.git");
        Assert.Equal("https://example.com/two.git", Read().Remote);
    }

    [Fact]
    public void ATokenInOriginsUrlOrInGitsEnvironment_IsNotKept()
    {
        _repository.Git("remote", "add", "origin", "https://someone:s3cr3t-token@example.com/lab/exp.git");
        // As CI systems hand git a header: a variable the stamp keeps by fingerprint only.
        Environment.SetEnvironmentVariable("GIT_CONFIG_VALUE_FOOTSTEPS_TEST", "AUTHORIZATION: bearer env-t0ken");
        try
        {
            Read();
            var second = Read();

            var kept = File.ReadAllText(AnswersFile);
            Assert.DoesNotContain("s3cr3t-token", kept);
            Assert.DoesNotContain("env-t0ken", kept);
            Assert.Contains("GIT_CONFIG_VALUE_FOOTSTEPS_TEST", kept);
            Assert.Equal(5 + 2, _git.Calls.Length);
            Assert.DoesNotContain("s3cr3t-token", second.Remote);
            Assert.Contains("example.com/lab/exp.git", second.Remote);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GIT_CONFIG_VALUE_FOOTSTEPS_TEST", null);
        }
    }

    [Fact]
    public void ARemoteSetInAnIncludedConfigFile_IsSeenWhenThatFileChanges()
    {
        var included = Path.Combine(_outside, "included.config");
        File.WriteAllText(included, "[remote \"origin\"]\n\turl = https://example.com/first.git\n");
        _repository.Git("config", "include.path", included);
        Assert.Equal("https://example.com/first.git", Read().Remote);

        File.WriteAllText(included, "[remote \"origin\"]\n\turl = https://example.com/second.git\n");

        Assert.Equal("https://example.com/second.git", Read().Remote);
    }

    [Fact]
    public void AWorktree_KeepsItsOwnHead_AndSeesCommitsOnItsBranch()
    {
        var worktree = Path.Combine(_outside, "worktree");
        _repository.Git("worktree", "add", "-q", "-b", "side", worktree);
        var main = Read();
        Assert.Equal("side", Read(worktree).Branch);

        File.WriteAllText(Path.Combine(worktree, "b.txt"), "b\n");
        TempGitRepository.GitIn(worktree, "add", "-A");
        TempGitRepository.GitIn(worktree, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "side");

        Assert.Equal(TempGitRepository.GitIn(worktree, "rev-parse", "HEAD"), Read(worktree).Commit);
        Assert.Equal(main.Commit, Read().Commit);
    }

    [Fact]
    public void ACorruptAnswersFile_IsNoAnswer_AndIsWrittenAnew()
    {
        Read();
        File.WriteAllText(AnswersFile, File.ReadAllText(AnswersFile)[..40]);

        var calls = CallsDuring(() => Read(), out var facts);

        Assert.Equal(_repository.Git("rev-parse", "HEAD"), facts.Commit);
        Assert.Contains(calls, call => call.StartsWith("rev-parse", StringComparison.Ordinal));
        Assert.Equal(2, CallsDuring(() => Read(), out _).Length);
    }

    [Fact]
    public void AGitThatRefusesAfterTheAnswersWereKept_IsAskedEverything_AndTheProblemIsRecorded()
    {
        // The same git (same stamp) before and after; once the flag exists it refuses every command, as git does
        // when the repository changes hands (safe.directory), which touches nothing under .git.
        var refuse = Path.Combine(_outside, "refuse");
        var git = ScriptedGit.Write(Path.Combine(_outside, "sometimes-refusing-git.sh"),
            $"if [ -e '{refuse}' ]; then echo 'fatal: detected dubious ownership in repository' >&2; exit 128; fi\nexec git \"$@\"\n");
        GitFacts ReadWith() => GitFactsReader.Read(new GitQuery(_repository.Root) { GitExecutable = git, AheadOfNeed = true, HeadAnswersFile = AnswersFile });
        Assert.NotNull(ReadWith().Commit);
        File.WriteAllText(refuse, "");

        var facts = ReadWith();

        Assert.Equal(FootstepsBuild.Shared.Diagnostics.GitRefused, facts.Problem?.Code);
        Assert.Contains("dubious ownership", facts.Problem?.Message);
        Assert.Null(facts.Commit);
    }

    [Fact]
    public void WithoutAnAnswersFile_GitIsAskedEverything_EveryTime()
    {
        var query = new GitQuery(_repository.Root) { GitExecutable = _git.Executable, AheadOfNeed = true };
        GitFactsReader.Read(query);

        var calls = CallsDuring(() => GitFactsReader.Read(query), out _);

        Assert.Equal(5, calls.Length);
        Assert.False(File.Exists(AnswersFile));
    }

    public void Dispose()
    {
        _repository.Dispose();
        Directory.Delete(_outside, recursive: true);
    }
}
