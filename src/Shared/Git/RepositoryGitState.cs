using System;
using System.Collections.Generic;
using System.Linq;

namespace FootstepsBuild.Shared.Git;

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
    /// Reads, from <paramref name="workingDirectory"/>, with the diff limited to
    /// <paramref name="pathspecs"/>, on the first thread that asks for the result: HEAD, then one
    /// command after another when the build started git ahead of need (see
    /// <see cref="GitQuery.AheadOfNeed"/>), else the other three at once. Git is stopped at
    /// diffCapBytes of diff: above the stored cap when each project filters the diff before storing it.
    /// </summary>
    public static PendingCall<RepositoryGitState> ReadWhenFirstNeeded(GitQuery query, string workingDirectory, IReadOnlyList<string> pathspecs, int diffCapBytes, string? top) =>
        PendingCall<RepositoryGitState>.OnFirstUse(() => Read(top, query.CommandIn(workingDirectory), pathspecs, diffCapBytes, query.AheadOfNeed));

    /// <summary>The uncommitted diff alone, as <see cref="Diff"/> but from <paramref name="workingDirectory"/> with <paramref name="pathspecs"/>.</summary>
    public static GitCommandResult ReadDiff(GitQuery query, string workingDirectory, IReadOnlyList<string> pathspecs, bool noCommits) =>
        query.CommandIn(workingDirectory).Run(DiffArguments(noCommits ? EmptyTree : "HEAD", pathspecs, query.AheadOfNeed), query.DiffCapBytes);

    private static RepositoryGitState Read(string? top, GitCommand git, IReadOnlyList<string> pathspecs, int diffCapBytes, bool aheadOfNeed)
    {
        var deadline = aheadOfNeed ? new GitDeadline(git.Timeout) : null;
        PendingCall<GitCommandResult> Run(string[] arguments, int capBytes) =>
            deadline == null
                ? new(() => git.Run(arguments, capBytes))
                : PendingCall<GitCommandResult>.Inline(() => deadline.Run(git, arguments, capBytes));

        // HEAD first, in either mode: it tells whether there is anything to read and what to diff against.
        var head = Run(new[] { "rev-parse", "--show-toplevel", "HEAD", "--abbrev-ref", "HEAD" }, SmallOutputCapBytes).Result;
        var noCommits = NoCommitsIn(head);
        if (!head.Succeeded && !noCommits)
        {
            // No git, no repository: nothing else would be used.
            var notRun = GitCommandResult.NotRun("not run: rev-parse failed", timedOut: false);
            return new RepositoryGitState(top, head, notRun, notRun, notRun, noCommits: false);
        }
        // One at a time, the diff comes first (it matters most), then what may be slow in a long
        // history (describe).
        var diff = Run(DiffArguments(noCommits ? EmptyTree : "HEAD", pathspecs, aheadOfNeed), diffCapBytes);
        var describe = Run(new[] { "describe", "--always" }, SmallOutputCapBytes);
        var remote = Run(new[] { "config", "--get", "remote.origin.url" }, SmallOutputCapBytes);
        return new RepositoryGitState(top, head, describe.Result, remote.Result, diff.Result, noCommits);
    }

    // rev-parse, describe and config print a line or three.
    private const int SmallOutputCapBytes = 64 * 1024;

    // rev-parse prints the top line first even when HEAD does not resolve yet.
    private static bool NoCommitsIn(GitCommandResult head) =>
        !head.Succeeded && TopLine(head) != null
        && head.Error.IndexOf("unknown revision", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The first line of rev-parse's output when it is a path: the working tree's top.</summary>
    public static string? TopLine(GitCommandResult head)
    {
        var first = head.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return first != null && System.IO.Path.IsPathRooted(first) ? first : null;
    }

    private static string[] DiffArguments(string against, IEnumerable<string> pathspecs, bool aheadOfNeed) =>
        // Fixed a/ and b/ prefixes whatever diff.noprefix or diff.mnemonicPrefix say: the headers
        // are parsed (DiffSections) and the diff may be applied back (footsteps restore).
        // Ahead of need, without the index preload: its threads (up to 20 in a large repository)
        // would take every core from MSBuild; one thread checks the files on the core it leaves
        // (on two cores, a no-op build in a 50,000-file repository: about 1.08x → 1.05x of plain).
        (aheadOfNeed ? new[] { "-c", "core.preloadIndex=false" } : Array.Empty<string>())
            .Concat(new[] { "--no-optional-locks", "-c", "core.quotepath=off", "diff", against, "--no-ext-diff", "--no-color", "--no-textconv", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "--" })
            .Concat(pathspecs).ToArray();
}
