using FootstepsBuild.Runtime.Git;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Runtime;

public sealed class GitHeadTests
{
    [Fact]
    public void LooseAndPackedRefs_DetachedHeads_AndWorktrees_AllGiveTheCommit()
    {
        using var repository = TempGitRepository.Init().WriteFile("a.txt", "1").CommitAll();
        var first = repository.Git("rev-parse", "HEAD");
        Assert.Equal(first, GitHead.Read(repository.FullPath(".git")));

        repository.Git("pack-refs", "--all");
        Assert.Equal(first, GitHead.Read(repository.FullPath(".git")));

        repository.WriteFile("a.txt", "2").CommitAll();
        repository.Git("checkout", "-q", "--detach", first);
        Assert.Equal(first, GitHead.Read(repository.FullPath(".git")));

        var worktree = repository.FullPath("../" + Path.GetFileName(repository.Root) + "-worktree");
        repository.Git("worktree", "add", "-q", worktree, "main");
        try
        {
            Assert.Equal(repository.Git("rev-parse", "main"), GitHead.Read(Path.Combine(worktree, ".git")));
        }
        finally
        {
            Directory.Delete(worktree, recursive: true);
        }
    }
}
