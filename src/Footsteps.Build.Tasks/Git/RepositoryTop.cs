using System.IO;

namespace FootstepsShared.Git;

/// <summary>
/// The top of the working tree a directory is in, found on disk (the nearest directory above
/// holding a .git folder or, for worktrees and submodules, a .git file): what the build shares
/// git's answers by, before any git process has run.
/// </summary>
internal static class RepositoryTop
{
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current != null; current = current.Parent)
        {
            var dotGit = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(dotGit) || File.Exists(dotGit))
                return current.FullName.TrimEnd('/', '\\');
        }
        return null;
    }

    /// <summary>'/'-separated path of <paramref name="directory"/> under <paramref name="top"/> ("" for the top itself); null when it is not under it.</summary>
    public static string? RelativePath(string top, string directory)
    {
        var full = Path.GetFullPath(directory).TrimEnd('/', '\\');
        if (full == top)
            return "";
        var prefix = top + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, System.StringComparison.Ordinal) ? full.Substring(prefix.Length).Replace('\\', '/') : null;
    }
}
