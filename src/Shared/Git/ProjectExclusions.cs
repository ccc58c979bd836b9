using System;
using System.Collections.Generic;
using System.IO;

namespace FootstepsBuild.Shared.Git;

/// <summary>A project's paths that are never sources (its output root, bin/, obj/), as git needs them.</summary>
internal static class ProjectExclusions
{
    /// <summary>The query's excluded paths that lie inside the project, '/'-separated, relative to it.</summary>
    public static IEnumerable<string> Relative(GitQuery query)
    {
        foreach (var path in query.ExcludedPaths)
        {
            var relative = path.Replace('\\', '/').Trim('/');
            if (relative.Length > 0 && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                yield return relative;
        }
    }

    /// <summary>
    /// The excluded paths relative to git's top, each ending with '/'; null when the top found on
    /// disk is not the one git reports (then the paths git writes may not start where ours do).
    /// </summary>
    public static List<string>? Prefixes(GitQuery query, string top, string? gitTop)
    {
        if (gitTop == null || !RepositoryTop.SameDirectory(Path.GetFullPath(gitTop), top))
            return null;
        var prefixes = new List<string>();
        foreach (var relative in Relative(query))
        {
            var path = RepositoryTop.RelativePath(top, Path.Combine(query.ProjectDirectory, relative));
            if (path == null)
                return null;
            if (path.Length > 0)
                prefixes.Add(path + "/");
        }
        return prefixes;
    }
}
