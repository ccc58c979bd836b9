using FootstepsBuild.Tool.Runs;
using FootstepsBuild.Tool.Sources;

namespace FootstepsBuild.Tool.Comparing;

/// <summary>
/// A unified diff between the source states of two runs (commit + uncommitted diff + untracked
/// sources each): both states are recreated in one scratch clone and written as git trees,
/// which git then compares.
/// </summary>
internal static class CodeDiff
{
    /// <exception cref="ToolException">The repository or a commit is missing, or a diff does not apply.</exception>
    public static string Between(LoadedRun a, LoadedRun b, string? repository)
    {
        var repositoryRoot = SourceRepository.Find(a, repository);
        SourceRepository.Find(b, repositoryRoot);
        var scratch = Path.Combine(Path.GetTempPath(), "footsteps-diff-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            new Git(Path.GetTempPath()).Run("Cloning the repository failed", "clone", "--quiet", "--no-checkout", "--local", repositoryRoot, scratch);
            var clone = new Git(scratch);
            var treeA = Tree(clone, a);
            var treeB = Tree(clone, b);
            return clone.Run("Comparing the source trees failed", "-c", "core.quotepath=off", "diff", "--no-color", "--no-ext-diff", treeA, treeB);
        }
        finally
        {
            SourceTreeRestorer.TryDelete(scratch);
        }
    }

    private static string Tree(Git clone, LoadedRun run)
    {
        SourceTreeRestorer.CheckOut(clone, run);
        clone.Run("Staging the source state failed", "add", "--all");
        return clone.Run("Writing the source tree failed", "write-tree");
    }
}
