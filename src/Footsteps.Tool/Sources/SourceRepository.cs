using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Sources;

/// <summary>The git repository that holds a run's commit: only read, never changed.</summary>
internal static class SourceRepository
{
    /// <summary>
    /// --repo when given; otherwise the repository around the run directory (runs usually sit
    /// in the project, under results/), else the one around the current directory.
    /// </summary>
    /// <exception cref="ToolException">No repository, or the commit is not in it.</exception>
    public static string Find(LoadedRun run, string? repository)
    {
        var commit = run.Record.Git.Commit
            ?? throw new ToolException(ExitCodes.RestoreImpossible,
                $"The run '{run.Record.Name}' recorded no commit ({run.Record.Git.Problem ?? "git facts missing"}): " +
                    "its source tree cannot be recreated.");
        var candidates = repository != null ? new[] { repository } : new[] { run.Directory, Environment.CurrentDirectory };
        string? firstRoot = null;
        foreach (var candidate in candidates)
        {
            if (!System.IO.Directory.Exists(candidate))
                continue;
            var top = new Git(candidate).TryRun("rev-parse", "--show-toplevel");
            if (!top.Succeeded)
                continue;
            var root = top.Output.Trim();
            firstRoot ??= root;
            if (new Git(root).TryRun("cat-file", "-e", commit + "^{commit}").Succeeded)
                return root;
        }
        if (firstRoot == null)
            throw new ToolException(ExitCodes.RestoreImpossible,
                $"No git repository found around {string.Join(" or ", candidates.Select(Path.GetFullPath))}. Pass " +
                    $"--repo <path to a clone of {run.Record.Git.Remote ?? "the project"}>.");
        throw new ToolException(ExitCodes.RestoreImpossible,
            $"Commit {commit} is not in the repository {firstRoot}. Fetch it first, e.g. `git -C {firstRoot} fetch " +
                $"{run.Record.Git.Remote ?? "<remote>"} {commit}` (or `git fetch --all`), or pass --repo <a clone that has it>.");
    }
}
