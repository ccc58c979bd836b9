using System.IO;

namespace FootstepsBuild.Shared.Git;

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
                return WithoutTrailingSeparator(current.FullName);
        }
        return null;
    }

    /// <summary>
    /// '/'-separated path of <paramref name="path"/> under <paramref name="top"/> ("" for the top itself);
    /// null when it is not under it.
    /// </summary>
    public static string? RelativePath(string top, string path)
    {
        top = WithoutTrailingSeparator(Path.GetFullPath(top));
        var full = WithoutTrailingSeparator(Path.GetFullPath(path));
        if (string.Equals(full, top, PathComparison))
            return "";
        var prefix = top.EndsWith(Path.DirectorySeparatorChar.ToString(), System.StringComparison.Ordinal) ? top : top + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, PathComparison) ? full.Substring(prefix.Length).Replace('\\', '/') : null;
    }

    /// <summary>
    /// Whether two absolute paths name one directory: on Windows whatever their case and slashes
    /// (git writes "C:/Users/me/exp" where MSBuild may have "c:\\users\\me\\exp").
    /// </summary>
    public static bool SameDirectory(string a, string b) => SameDirectory(a, b, IsWindows);

    internal static bool SameDirectory(string a, string b, bool forWindows)
    {
        if (forWindows)
        {
            a = a.Replace('\\', '/');
            b = b.Replace('\\', '/');
        }
        return string.Equals(a.TrimEnd('/', '\\'), b.TrimEnd('/', '\\'), forWindows ? System.StringComparison.OrdinalIgnoreCase : PathComparison);
    }

    private static readonly bool IsWindows =
        System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Windows);

    // Windows and macOS file systems ignore case by default: there "C:\\Exp" holds "c:\\exp\\bin".
    private static readonly System.StringComparison PathComparison =
        IsWindows || System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.OSX)
            ? System.StringComparison.OrdinalIgnoreCase
            : System.StringComparison.Ordinal;

    // A root keeps its separator ("/", "C:\\"): without it, "C:" means another folder.
    private static string WithoutTrailingSeparator(string path)
    {
        var root = Path.GetPathRoot(path) ?? "";
        var trimmed = path.TrimEnd('/', '\\');
        return trimmed.Length < root.Length ? root : trimmed;
    }
}
