using System;
using System.Collections.Generic;
using System.Linq;

namespace FootstepsShared.Git;

/// <summary>
/// What git says of a whole working tree, the same for every project in it: its top, HEAD,
/// branch, describe, origin, and the uncommitted diff. Read once per repository root within a
/// build and shared by the projects in it (see PendingGitFacts); each project then leaves its
/// own excluded paths out of the diff (<see cref="DiffSections"/>) and lists its untracked files.
/// </summary>
internal sealed class RepositoryGitState
{
    // `git hash-object -t tree /dev/null`: what a repository without commits is diffed against.
    private const string EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    private RepositoryGitState(string? top, GitCommandResult head, GitCommandResult describe, GitCommandResult remote, GitCommandResult diff, bool noCommits)
    {
        Top = top;
        Head = head;
        Describe = describe;
        Remote = remote;
        Diff = diff;
        NoCommits = noCommits;
    }

    /// <summary>The working tree's top as found on disk when the diff covers the whole tree (each project filters it); null when it was read with one project's own pathspecs.</summary>
    public string? Top { get; }

    /// <summary>`rev-parse --show-toplevel HEAD --abbrev-ref HEAD`: the top, the commit, the branch.</summary>
    public GitCommandResult Head { get; }
    public GitCommandResult Describe { get; }
    public GitCommandResult Remote { get; }

    /// <summary>Against HEAD (or the empty tree when there are no commits), without renames, so each file's section names it once.</summary>
    public GitCommandResult Diff { get; }

    public bool NoCommits { get; }

    /// <summary>
    /// Starts reading, from <paramref name="workingDirectory"/>, with the diff limited to
    /// <paramref name="pathspecs"/>; four git processes at once (each costs a few milliseconds
    /// just to start). The diff assumes a commit; the rare repository without one repeats it.
    /// Git is stopped at diffCapBytes of diff: above the stored cap when each project filters
    /// the diff before storing it.
    /// </summary>
    public static BackgroundCall<RepositoryGitState> Start(GitQuery query, string workingDirectory, IReadOnlyList<string> pathspecs, int diffCapBytes, string? top) =>
        new(() => Read(top, query.CommandIn(workingDirectory), pathspecs, diffCapBytes));

    /// <summary>The uncommitted diff alone, as <see cref="Diff"/> but from <paramref name="workingDirectory"/> with <paramref name="pathspecs"/>.</summary>
    public static GitCommandResult ReadDiff(GitQuery query, string workingDirectory, IReadOnlyList<string> pathspecs, bool noCommits) =>
        RunDiff(query.CommandIn(workingDirectory), noCommits ? EmptyTree : "HEAD", pathspecs, query.DiffCapBytes).Result;

    private static RepositoryGitState Read(string? top, GitCommand git, IReadOnlyList<string> pathspecs, int diffCapBytes)
    {
        var head = Run(git, "rev-parse", "--show-toplevel", "HEAD", "--abbrev-ref", "HEAD");
        var describe = Run(git, "describe", "--always");
        var remote = Run(git, "config", "--get", "remote.origin.url");
        var diff = RunDiff(git, "HEAD", pathspecs, diffCapBytes);

        // rev-parse prints the top line first even when HEAD does not resolve yet.
        var result = head.Result;
        var noCommits = !result.Succeeded && TopLine(result) != null
            && result.Error.IndexOf("unknown revision", StringComparison.OrdinalIgnoreCase) >= 0;
        if (noCommits)
            diff = RunDiff(git, EmptyTree, pathspecs, diffCapBytes);
        return new RepositoryGitState(top, result, describe.Result, remote.Result, diff.Result, noCommits);
    }

    /// <summary>The first line of rev-parse's output when it is a path: the working tree's top.</summary>
    public static string? TopLine(GitCommandResult head)
    {
        var first = head.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return first != null && System.IO.Path.IsPathRooted(first) ? first : null;
    }

    private static BackgroundCall<GitCommandResult> Run(GitCommand git, params string[] arguments) =>
        new(() => git.Run(arguments));

    private static BackgroundCall<GitCommandResult> RunDiff(GitCommand git, string against, IEnumerable<string> pathspecs, int capBytes) =>
        new(() => git.Run(
            // Fixed a/ and b/ prefixes whatever diff.noprefix or diff.mnemonicPrefix say: the
            // headers are parsed (DiffSections) and the diff may be applied back (footsteps restore).
            new[] { "--no-optional-locks", "-c", "core.quotepath=off", "diff", against, "--no-ext-diff", "--no-color", "--no-textconv", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "--" }
                .Concat(pathspecs).ToArray(),
            capBytes));
}
