using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// Untracked files that feed the program's build without being its own items, so a run copies
/// them like its own sources: the sources and project files of the projects it references (a
/// library in a monorepo), and the files MSBuild, NuGet and the SDK read from the directories
/// above (Directory.Build.props, global.json…).
/// </summary>
internal static class UntrackedBuildInputs
{
    // Read by MSBuild, NuGet or the SDK from a project's directory or any directory above it.
    private static readonly HashSet<string> ReadFromAbove = new(StringComparer.OrdinalIgnoreCase)
    {
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Solution.props",
        "Directory.Solution.targets", "global.json", "nuget.config",
    };

    // What a referenced project compiles by default, and what can change how it builds.
    private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".vb", ".fs", ".fsi", ".resx", ".csproj", ".vbproj", ".fsproj", ".props", ".targets",
    };

    /// <param name="repositoryRoot">The working tree's top.</param>
    /// <param name="untracked">Untracked paths, repository-relative, '/'-separated.</param>
    /// <param name="referencedProjects">Full paths of the project files the program references, transitive ones included.</param>
    /// <returns>Full paths.</returns>
    public static IEnumerable<string> Pick(string repositoryRoot, IEnumerable<string> untracked, IEnumerable<string> referencedProjects)
    {
        var directories = referencedProjects
            .Select(project => RepositoryTop.RelativePath(repositoryRoot, Path.GetDirectoryName(Path.GetFullPath(project))!))
            .Where(relative => relative != null)
            .Select(relative => relative!.Length == 0 ? "" : relative + "/")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var path in untracked)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            if (ReadFromAbove.Contains(name) || directories.Any(directory => IsSourceOf(directory, path)))
                yield return Path.GetFullPath(Path.Combine(repositoryRoot, path));
        }
    }

    private static bool IsSourceOf(string projectDirectory, string path)
    {
        if (!path.StartsWith(projectDirectory, StringComparison.Ordinal) || !SourceExtensions.Contains(Path.GetExtension(path)))
            return false;
        var inside = path.Substring(projectDirectory.Length).Split('/');
        return !inside.Any(segment => segment == "bin" || segment == "obj");
    }
}
