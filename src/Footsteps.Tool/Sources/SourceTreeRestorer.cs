using FootstepsBuild.Runtime.Capture;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Sources;

/// <summary>
/// Recreates the exact source tree of a run in a new directory: a clone of the repository at the
/// recorded commit (the user's checkout, branch and index are only read), the recorded
/// uncommitted diff applied, the untracked sources copied back from the run directory. The
/// clone gets the recorded branch name and origin too, since the build embeds them: a rebuild
/// there embeds the same facts as the original build did.
/// </summary>
internal static class SourceTreeRestorer
{
    /// <exception cref="ToolException">The target is not empty, the diff was cut or does not apply, git failed.</exception>
    public static RestoredTree Restore(LoadedRun run, string repositoryRoot, string target)
    {
        var git = run.Record.Git;
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new ToolException(ExitCodes.Usage, $"'{target}' is not empty: restore needs a new (or empty) directory.");

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        try
        {
            new Git(parent).Run("Cloning the repository failed", "clone", "--quiet", "--no-checkout", "--local", repositoryRoot, target);
            var clone = new Git(target);
            var notRestored = CheckOut(clone, run);
            if (git.Branch != null)
                clone.Run("Naming the branch failed", "checkout", "--quiet", "-B", git.Branch);
            RecreateOrigin(clone, git.Remote);
            return new RestoredTree(target, notRestored);
        }
        catch (ToolException)
        {
            TryDelete(target);
            throw;
        }
    }

    /// <summary>
    /// Turns the working tree of <paramref name="clone"/> into the run's source state, whatever it
    /// held before: the commit, the recorded diff applied, the untracked sources put back.
    /// </summary>
    /// <returns>Recorded untracked paths the run directory holds no copy of.</returns>
    public static IReadOnlyList<string> CheckOut(Git clone, LoadedRun run)
    {
        if (run.Record.Git.DiffTruncated)
            throw new ToolException(ExitCodes.RestoreImpossible,
                $"The run '{run.Record.Name}' recorded its uncommitted changes cut at {Caps.DiffText} " +
                    "(git.diffTruncated): they cannot be restored exactly. Commit large changes before a run.");
        clone.Run($"Checking out {run.Record.Git.Commit} failed",
            "-c", "advice.detachedHead=false", "checkout", "--quiet", "--force", "--detach", run.Record.Git.Commit!);
        clone.Run("Cleaning the working tree failed", "clean", "-fdxq");
        ApplyDiff(clone, run);
        return CopyUntrackedSources(run, clone.Directory);
    }

    private static void RecreateOrigin(Git clone, string? remote)
    {
        clone.Run("Removing the clone's origin failed", "remote", "remove", "origin");
        if (remote != null)
            clone.Run("Recreating the recorded origin failed", "remote", "add", "origin", remote);
    }

    private static void ApplyDiff(Git clone, LoadedRun run)
    {
        if (run.Record.Git.Diff.Length == 0)
            return;
        var patch = Path.Combine(clone.Directory, ".git", "footsteps-run.diff");
        File.WriteAllText(patch, run.Record.Git.Diff);
        var check = clone.TryRun("apply", "--check", "--index", "--whitespace=nowarn", patch);
        if (!check.Succeeded)
            throw new ToolException(ExitCodes.RestoreImpossible,
                $"The uncommitted changes recorded by '{run.Record.Name}' do not apply to commit {run.Record.Git.Commit}: {check.Error.Trim()}");
        // --index: a new file in the diff was staged (an unstaged one is untracked, not in the
        // diff), so it is staged again, as the record describes it.
        clone.Run("Applying the recorded diff failed", "apply", "--index", "--whitespace=nowarn", patch);
        File.Delete(patch);
    }

    /// <returns>Recorded untracked paths the run directory holds no copy of (not sources, or over the caps).</returns>
    private static List<string> CopyUntrackedSources(LoadedRun run, string target)
    {
        var notRestored = new List<string>();
        foreach (var path in run.Record.Git.Untracked)
        {
            var copy = Path.GetFullPath(Path.Combine(run.Directory, path));
            var destination = Path.GetFullPath(Path.Combine(target, path));
            // Paths come from the record: never read outside the run, nor write outside the tree.
            var inside = copy.StartsWith(run.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && destination.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!inside || !File.Exists(copy) || IsTheRunsOwnFile(path))
            {
                notRestored.Add(path);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(copy, destination);
        }
        return notRestored;
    }

    // An untracked info.txt or .gitignore at the repository root shares its path with the run's
    // own files, which are never the user's sources.
    private static bool IsTheRunsOwnFile(string path) =>
        path is RunDirectory.InfoTxtName or InfoJsonFile.FileName or ConsoleCapture.FileName or PackageVersionsFile.FileName
            or GitIgnoreMarker.FileName;

    /// <summary>
    /// For verify: an empty file at each untracked path the record names without a copy (files
    /// that are not sources), so the rebuild lists the same untracked files and embeds the same
    /// record. Their content never reached the record; if the build read it, the MVIDs differ.
    /// </summary>
    /// <returns>The paths recreated.</returns>
    public static IReadOnlyList<string> CreatePlaceholders(RestoredTree tree)
    {
        var created = new List<string>();
        foreach (var path in tree.NotRestored)
        {
            var destination = Path.GetFullPath(Path.Combine(tree.Root, path));
            if (!destination.StartsWith(tree.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || File.Exists(destination))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, Array.Empty<byte>());
            created.Add(path);
        }
        return created;
    }

    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // A leftover directory is harmless; the real error matters more.
        }
    }
}
