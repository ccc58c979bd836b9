using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// Picks the project's source files that git does not track and reads them, within caps, so
/// that a run carries the code no commit holds.
/// </summary>
internal static class UntrackedSources
{
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
            if (length > Caps.UntrackedSourceBytes)
            {
                picked.Add(new SourceFile(relative, null, $"larger than {Caps.UntrackedSourceBytes / 1024} KiB ({length} bytes)"));
                continue;
            }
            if (totalBytes + length > Caps.UntrackedSourcesBytes)
            {
                picked.Add(new SourceFile(relative, null, $"untracked sources exceed {Caps.UntrackedSourcesBytes / 1024 / 1024} MiB in total"));
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
