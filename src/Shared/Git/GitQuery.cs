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
    public TimeSpan Timeout { get; set; } = Caps.GitCommand;

    /// <summary>
    /// Git started by the build before anyone waits for it: below normal CPU priority (see
    /// <see cref="GitCommand"/>), one command at a time within one budget (<see cref="GitPace"/>).
    /// Git someone waits on runs at normal priority, its commands at once.
    /// </summary>
    public bool AheadOfNeed { get; set; }

    /// <summary>The stored diff is cut here, with a note; git is stopped rather than read to the end.</summary>
    public int DiffCapBytes { get; set; } = Caps.DiffBytes;

    /// <summary>
    /// Where git's answers about HEAD are kept between builds (<see cref="HeadAnswersCache"/>);
    /// null to ask git every time.
    /// </summary>
    public string? HeadAnswersFile { get; set; }

    /// <summary>How much of `git ls-files --others` output is read at most.</summary>
    public int UntrackedListCapBytes { get; set; } = Caps.UntrackedListingBytes;

    /// <summary>A git command run in <paramref name="workingDirectory"/> with this query's git, timeout and priority.</summary>
    public GitCommand CommandIn(string workingDirectory) => new(workingDirectory, Timeout, GitExecutable, lowPriority: AheadOfNeed);
}
