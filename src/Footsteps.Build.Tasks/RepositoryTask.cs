using System;
using System.IO;
using FootstepsBuild.Shared.Git;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FootstepsBuild.Tasks;

/// <summary>
/// A task that asks git about the project's working tree: the parameters every such task takes,
/// and the <see cref="GitQuery"/> they make.
/// </summary>
public abstract class RepositoryTask : Task
{
    [Required] public string ProjectDirectory { get; set; } = "";

    /// <summary>Paths that are never sources: bin, obj, the output root (relative to the project, or absolute).</summary>
    public ITaskItem[] ExcludedPaths { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>For tests and unusual machines: the git to run (default: git on PATH).</summary>
    public string GitExecutable { get; set; } = "";

    /// <summary>Where git's answers about HEAD are kept between builds (obj/); empty to ask git every time.</summary>
    public string HeadAnswersFile { get; set; } = "";

    /// <param name="aheadOfNeed">Git started before anyone waits for it, which yields to the build (<see cref="GitQuery.AheadOfNeed"/>).</param>
    internal GitQuery Query(bool aheadOfNeed = false)
    {
        var query = new GitQuery(ProjectDirectory)
        {
            GitExecutable = GitExecutable,
            AheadOfNeed = aheadOfNeed,
            HeadAnswersFile = string.IsNullOrEmpty(HeadAnswersFile) ? null : HeadAnswersFile,
        };
        foreach (var item in ExcludedPaths)
        {
            var path = ProjectRelative(item.ItemSpec);
            if (path != null)
                query.ExcludedPaths.Add(path);
        }
        return query;
    }

    // Absolute paths (UseArtifactsOutput) count where they lie inside the project; a path no
    // file system accepts counts nowhere, rather than breaking the build.
    private string? ProjectRelative(string path)
    {
        try
        {
            return Path.IsPathRooted(path) ? RepositoryTop.RelativePath(ProjectDirectory, path) : path;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
