using System.Collections.Generic;

namespace FootstepsBuild.Shared.Git;

/// <summary>The state of the working tree a build was made from, as git reports it.</summary>
internal sealed class GitFacts
{
    /// <summary>Set when git could not tell us everything; the other fields hold what it could.</summary>
    public GitProblem? Problem { get; set; }

    /// <summary>Absolute path of the working tree's top; used during the build, never embedded.</summary>
    public string? RepositoryRoot { get; set; }

    public string? Commit { get; set; }
    public string? Describe { get; set; }
    public string? Branch { get; set; }

    /// <summary>origin's URL with credentials removed.</summary>
    public string? Remote { get; set; }
    public string? WebLink { get; set; }

    /// <summary>Uncommitted changes against HEAD (tracked files), cut at the diff cap.</summary>
    public string Diff { get; set; } = "";
    public bool DiffTruncated { get; set; }

    /// <summary>
    /// The build left git to the launch (file-based apps: the SDK may skip the build on the next
    /// run, so anything embedded would go stale).
    /// </summary>
    public bool CollectedAtRunTime { get; set; }

    /// <summary>Untracked, not ignored files, relative to the repository root, '/' separated.</summary>
    public List<string> Untracked { get; } = new();
}
