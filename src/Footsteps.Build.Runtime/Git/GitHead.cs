using System;
using System.IO;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Git;

/// <summary>Reads the commit HEAD points at from a .git directory (or a worktree's .git file), without git.</summary>
internal static class GitHead
{
    public static string? Read(string dotGit)
    {
        try
        {
            var gitDirectory = dotGit;
            if (File.Exists(dotGit))
            {
                // A worktree or submodule: ".git" is a file saying "gitdir: <path>".
                var pointer = SmallTextFile.Read(dotGit).Trim();
                if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal))
                    return null;
                gitDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGit)!, pointer.Substring(7).Trim()));
            }
            var head = SmallTextFile.Read(Path.Combine(gitDirectory, "HEAD")).Trim();
            if (!head.StartsWith("ref:", StringComparison.Ordinal))
                return head;
            var reference = head.Substring(4).Trim();
            var commonDirectory = CommonDirectory(gitDirectory);
            var loose = Path.Combine(commonDirectory, reference);
            if (File.Exists(loose))
                return SmallTextFile.Read(loose).Trim();
            var packed = Path.Combine(commonDirectory, "packed-refs");
            if (!File.Exists(packed))
                return null;
            foreach (var line in SmallTextFile.ReadLines(packed))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && parts[1] == reference)
                    return parts[0];
            }
            return null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Worktrees keep their own HEAD but share refs with the main repository.
    private static string CommonDirectory(string gitDirectory)
    {
        var pointer = Path.Combine(gitDirectory, "commondir");
        return File.Exists(pointer)
            ? Path.GetFullPath(Path.Combine(gitDirectory, SmallTextFile.Read(pointer).Trim()))
            : gitDirectory;
    }
}
