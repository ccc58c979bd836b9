using FootstepsBuild.Shared.Git;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// Picks the project's source files that git does not track and reads them, within caps, so
/// that a run carries the code no commit holds.
/// </summary>
internal static class UntrackedSources
{
    public const int FileCapBytes = 256 * 1024;
    public const int TotalCapBytes = 2 * 1024 * 1024;

    public static List<SourceFile> Read(string repositoryRoot, IEnumerable<string> untracked, IEnumerable<string> sourceFullPaths)
    {
        var untrackedSet = new HashSet<string>(untracked, StringComparer.Ordinal);
        var picked = new List<SourceFile>();
        var totalBytes = 0L;
        foreach (var fullPath in sourceFullPaths.Select(Path.GetFullPath).Distinct().OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = RelativeTo(repositoryRoot, fullPath);
            if (relative == null || !untrackedSet.Contains(relative))
                continue;

            var length = new FileInfo(fullPath).Length;
            if (length > FileCapBytes)
            {
                picked.Add(new SourceFile(relative, null, $"larger than {FileCapBytes / 1024} KiB ({length} bytes)"));
                continue;
            }
            if (totalBytes + length > TotalCapBytes)
            {
                picked.Add(new SourceFile(relative, null, $"untracked sources exceed {TotalCapBytes / 1024 / 1024} MiB in total"));
                continue;
            }
            totalBytes += length;
            picked.Add(new SourceFile(relative, File.ReadAllText(fullPath, Encoding.UTF8), null));
        }
        return picked;
    }

    /// <summary>The '/' path of <paramref name="fullPath"/> under <paramref name="root"/>, or null outside it.</summary>
    public static string? RelativeTo(string root, string fullPath)
    {
        var relative = RepositoryTop.RelativePath(root, fullPath);
        return string.IsNullOrEmpty(relative) ? null : relative;
    }
}
