using System.Text;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>Repositories as users really have them: shallow, worktrees, submodules, odd file names, binaries, huge changes.</summary>
public sealed class OddRepositoryTests
{
    [Fact]
    public void ShallowClone_HasTheCommit()
    {
        using var origin = TempGitRepository.Init().WriteFile("a.txt", "1").CommitAll().WriteFile("a.txt", "2").CommitAll();
        using var clone = TempGitRepository.CreateDirectoryOnly();
        ProcessRunner.Run("git", new[] { "clone", "-q", "--depth", "1", "file://" + origin.Root, clone.Root }, Path.GetTempPath());

        var facts = GitFactsReader.Read(new GitQuery(clone.Root));

        Assert.Null(facts.Problem);
        Assert.Equal(origin.Git("rev-parse", "HEAD"), facts.Commit);
    }

    [Fact]
    public void Worktree_HasItsOwnCommitAndChanges()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "1\n").CommitAll();
        var worktree = repository.Root + "-worktree";
        repository.Git("worktree", "add", "-q", "-b", "side", worktree);
        try
        {
            File.WriteAllText(Path.Combine(worktree, "a.txt"), "1\nchanged in the worktree\n");

            var facts = GitFactsReader.Read(new GitQuery(worktree));

            Assert.Null(facts.Problem);
            Assert.Equal("side", facts.Branch);
            Assert.Contains("+changed in the worktree", facts.Diff);
        }
        finally
        {
            Directory.Delete(worktree, recursive: true);
        }
    }

    [Fact]
    public void ChangedSubmodule_ShowsInTheDiff()
    {
        using var library = TempGitRepository.Init().WriteFile("lib.txt", "v1").CommitAll();
        using var repository = TempGitRepository.Init().WriteFile("app.txt", "app").CommitAll();
        repository.Git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.Root, "lib");
        repository.Git("commit", "-q", "-m", "submodule");
        File.WriteAllText(repository.FullPath("lib/lib.txt"), "v2");
        ProcessRunner.Run("git", new[] { "-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qam", "v2" }, repository.FullPath("lib"));

        var facts = GitFactsReader.Read(new GitQuery(repository.Root));

        Assert.Null(facts.Problem);
        Assert.Contains("Subproject commit", facts.Diff);
    }

    [Fact]
    public void FileNamesWithSpacesNonAsciiAndNewlines_ArriveIntact()
    {
        using var repository = TempGitRepository.Init().WriteFile("keep.txt", "k").CommitAll();
        repository.WriteFile("with space.cs", "s").WriteFile("ünïcødé 实验.cs", "u").WriteFile("new\nline.cs", "n");

        var facts = GitFactsReader.Read(new GitQuery(repository.Root));

        Assert.Equal(new[] { "new\nline.cs", "with space.cs", "ünïcødé 实验.cs" }, facts.Untracked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BinaryChange_IsNamedNotDumped()
    {
        using var repository = TempGitRepository.Init();
        File.WriteAllBytes(repository.FullPath("weights.bin"), new byte[] { 0, 1, 2, 3, 0, 255 });
        repository.CommitAll();
        File.WriteAllBytes(repository.FullPath("weights.bin"), new byte[] { 0, 9, 9, 9, 0, 255, 0 });

        var facts = GitFactsReader.Read(new GitQuery(repository.Root));

        Assert.Contains("Binary files a/weights.bin and b/weights.bin differ", facts.Diff);
    }

    [Fact]
    public void HundredMegabyteChange_IsCutAtTheCap_AndGitIsStoppedEarly()
    {
        using var repository = TempGitRepository.Init().WriteFile("data.csv", "header\n").CommitAll();
        using (var writer = new StreamWriter(repository.FullPath("data.csv"), append: true))
        {
            var line = new string('7', 99) + "\n";
            for (var i = 0; i < 1_000_000; i++)
                writer.Write(line);
        }

        var facts = GitFactsReader.Read(new GitQuery(repository.Root));

        Assert.True(facts.DiffTruncated);
        Assert.InRange(Encoding.UTF8.GetByteCount(facts.Diff), 1, new GitQuery(repository.Root).DiffCapBytes);
    }

    [Fact]
    public void RepositoryOwnedByAnotherUser_IsRefusedAsDubious_FOOT1004()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "1").CommitAll();
        var chown = ProcessRunner.Run("chown", new[] { "-R", "nobody", repository.Root }, Path.GetTempPath());
        Assert.True(chown.ExitCode == 0, "needs root, as CI has: " + chown);

        var facts = GitFactsReader.Read(new GitQuery(repository.Root));

        Assert.Equal(Diagnostics.GitRefused, facts.Problem?.Code);
        Assert.Contains("dubious ownership", facts.Problem?.Message);
        Assert.Null(facts.Commit);
    }
}
