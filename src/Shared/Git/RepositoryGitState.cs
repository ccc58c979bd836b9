using System;
using System.Collections.Generic;
using System.Linq;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// The shared read: what git says of a whole working tree, the same for every project in it —
/// its top, HEAD, branch, describe, origin, and the uncommitted diff. Read once per repository
/// root within a build and shared by its projects (see PendingGitFacts); each project then takes
/// its own step (<see cref="GitFactsReader"/>).
/// </summary>
internal sealed class RepositoryGitState
{
    // `git hash-object -t tree /dev/null`: what a repository without commits is diffed against.
    private const string EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    // rev-parse, describe and config print a line or three.
    private const int SmallOutputCapBytes = 64 * 1024;

    // The shared diff still holds each project's output root; it is cut to the stored cap after
    // filtering, so a project's own tracked results cannot push its code out of the record.
    private const int SharedDiffCapFactor = 4;

    // Anywhere in the working tree: build output is never code.
    private static readonly IReadOnlyList<string> BuildOutputExcluded =
        new[] { ":/", ":(exclude,top,glob)**/bin/**", ":(exclude,top,glob)**/obj/**" };

    private RepositoryGitState(
        string? top, GitCommandResult head, GitCommandResult describe, GitCommandResult remote, GitCommandResult diff, bool noCommits)
    {
        Top = top;
        Head = head;
        Describe = describe;
        Remote = remote;
        Diff = diff;
        NoCommits = noCommits;
    }

    /// <summary>
    /// The working tree's top as found on disk when the diff covers the whole tree (each project filters it);
    /// null when it was read with one project's own pathspecs.
    /// </summary>
    public string? Top { get; }

    /// <summary>`rev-parse --show-toplevel HEAD --abbrev-ref HEAD`: the top, the commit, the branch.</summary>
    public GitCommandResult Head { get; }
    public GitCommandResult Describe { get; }
    public GitCommandResult Remote { get; }

    /// <summary>Against HEAD (or the empty tree when there are no commits), without renames, so each file's section names it once.</summary>
    public GitCommandResult Diff { get; }

    public bool NoCommits { get; }

    /// <summary>
    /// The state <paramref name="query"/>'s project is in, read by the first thread that asks:
    /// with <paramref name="top"/> found on disk, a diff of the whole working tree that every
    /// project under it shares; without one, from the project directory with its own pathspecs.
    /// </summary>
    public static PendingCall<RepositoryGitState> WhenFirstNeeded(GitQuery query, string? top) =>
        PendingCall<RepositoryGitState>.OnFirstUse(() => top == null
            ? Read(query, query.ProjectDirectory, ProjectPathspecs(query), query.DiffCapBytes, top: null)
            : Read(query, top, BuildOutputExcluded, SharedDiffCapFactor * query.DiffCapBytes, top));

    /// <summary>The uncommitted diff alone, as <see cref="Diff"/>, of the project with its own pathspecs.</summary>
    public static PendingCall<GitCommandResult> StartProjectDiff(GitQuery query, GitPace pace, bool noCommits) =>
        pace.Start(query.CommandIn(query.ProjectDirectory), DiffArguments(noCommits, ProjectPathspecs(query), pace.OneAtATime), query.DiffCapBytes);

    /// <summary>The whole working tree, less build output anywhere and the project's excluded paths.</summary>
    public static List<string> ProjectPathspecs(GitQuery query)
    {
        var pathspecs = new List<string>(BuildOutputExcluded);
        foreach (var relative in ProjectExclusions.Relative(query))
            pathspecs.Add($":(exclude,literal){relative}");
        return pathspecs;
    }

    // HEAD first: it tells whether there is anything to read and what to diff against. Then,
    // asked for in the order they run one at a time: the diff (it matters most), then what may
    // be slow in a long history (describe), then origin. Git is stopped at diffCapBytes of diff.
    private static RepositoryGitState Read(GitQuery query, string workingDirectory, IReadOnlyList<string> pathspecs, int diffCapBytes, string? top)
    {
        var pace = GitPace.For(query);
        var git = query.CommandIn(workingDirectory);
        // Taken before git runs: answers saved under it can only be older than the stamp, never newer.
        // Only the shared read, which asks git from the top, keeps answers.
        var stamp = query.HeadAnswersFile == null || top == null ? null : RepositoryStamp.Of(top, git.ResolvedExecutable);
        var kept = stamp == null ? null : HeadAnswersCache.Load(query.HeadAnswersFile!, stamp);
        if (kept is { } answers)
        {
            var diffOnly = pace.Start(git, DiffArguments(noCommits: false, pathspecs, pace.OneAtATime), diffCapBytes).Result;
            if (diffOnly.Succeeded || diffOnly.TimedOut)
                return new RepositoryGitState(top, answers.Head, answers.Describe, answers.Remote, diffOnly, noCommits: false);
            // Git refuses now what it answered then (the repository changed hands, git was removed):
            // asked everything, it says why as rev-parse, first, always has.
        }
        var head = pace.Start(git, new[] { "rev-parse", "--show-toplevel", "HEAD", "--abbrev-ref", "HEAD" }, SmallOutputCapBytes).Result;
        var noCommits = NoCommitsIn(head);
        if (!head.Succeeded && !noCommits)
        {
            // No git, no repository: nothing else would be used.
            var notRun = GitCommandResult.NotRun("not run: rev-parse failed", timedOut: false);
            return new RepositoryGitState(top, head, notRun, notRun, notRun, noCommits: false);
        }
        var diff = pace.Start(git, DiffArguments(noCommits, pathspecs, pace.OneAtATime), diffCapBytes);
        var describe = pace.Start(git, new[] { "describe", "--always" }, SmallOutputCapBytes);
        var remote = pace.Start(git, new[] { "config", "--get", "remote.origin.url" }, SmallOutputCapBytes);
        var diffResult = diff.Result;
        var describeResult = describe.Result;
        var remoteResult = remote.Result;
        if (stamp != null)
            HeadAnswersCache.Save(query.HeadAnswersFile!, stamp, head, describeResult, remoteResult);
        return new RepositoryGitState(top, head, describeResult, remoteResult, diffResult, noCommits);
    }

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

    private static string[] DiffArguments(bool noCommits, IEnumerable<string> pathspecs, bool oneAtATime) =>
        // Fixed a/ and b/ prefixes whatever diff.noprefix or diff.mnemonicPrefix say: the headers
        // are parsed (DiffSections) and the diff may be applied back (footsteps restore).
        // One at a time, without the index preload: its threads (up to 20 in a large repository)
        // would take every core from MSBuild; one thread checks the files on the core it leaves.
        (oneAtATime ? new[] { "-c", "core.preloadIndex=false" } : Array.Empty<string>())
            .Concat(new[] { "--no-optional-locks", "-c", "core.quotepath=off", "diff", noCommits ? EmptyTree : "HEAD" })
            .Concat(new[] { "--no-ext-diff", "--no-color", "--no-textconv", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "--" })
            .Concat(pathspecs).ToArray();
}
