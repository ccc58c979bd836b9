using System;
using System.Collections.Generic;

namespace FootstepsBuild.Shared.Git;

/// <summary>Where to ask git, what to leave out, and how much to keep.</summary>
internal sealed class GitQuery
{
    public GitQuery(string projectDirectory)
    {
        ProjectDirectory = projectDirectory;
    }

    public string ProjectDirectory { get; }

    /// <summary>Paths relative to the project directory that are never sources (its output root, its bin/obj).</summary>
    public List<string> ExcludedPaths { get; } = new();

    public string? GitExecutable { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Git started by the build before anyone waits for it: it runs below normal CPU priority (see
    /// <see cref="GitCommand"/>) and, for each project, one command at a time within one time
    /// budget (<see cref="GitDeadline"/>), so a one-program build's git takes at most one core from
    /// MSBuild. Git someone waits on runs at normal priority, its commands at once.
    /// </summary>
    public bool AheadOfNeed { get; set; }

    /// <summary>The stored diff is cut here, with a note; git is stopped rather than read to the end.</summary>
    public int DiffCapBytes { get; set; } = 1024 * 1024;

    /// <summary>A git command run in <paramref name="workingDirectory"/> with this query's git, timeout and priority.</summary>
    public GitCommand CommandIn(string workingDirectory) => new(workingDirectory, GitExecutable, Timeout, AheadOfNeed);

    /// <summary>How many untracked paths a record lists; its count says how many there were.</summary>
    public const int UntrackedListCap = 1000;

    /// <summary>How much of `git ls-files --others` output is read at most.</summary>
    public int UntrackedListCapBytes { get; set; } = 4 * 1024 * 1024;
}
