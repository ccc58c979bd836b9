using FootstepsBuild.Shared;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// Collects <see cref="GitFacts"/> for a project directory. Knows nothing of MSBuild: every
/// failure becomes a <see cref="GitProblem"/>, never an exception.
/// </summary>
internal static class GitFactsReader
{
    /// <summary>
    /// The facts for <paramref name="query"/>'s project. <paramref name="repository"/>: the
    /// repository's state, already being read for another project of the same working tree
    /// (see <see cref="RepositoryStateWhenFirstNeeded"/>); null to read it now.
    /// </summary>
    public static GitFacts Read(GitQuery query, PendingCall<RepositoryGitState>? repository = null)
    {
        var facts = new GitFacts();
        var git = query.CommandIn(query.ProjectDirectory);
        var listUntracked = new[] { "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--" }
            .Concat(Pathspecs(query)).ToArray();
        // Ahead of need, after the repository's commands and within this project's time for git:
        // one git walk of the tree at a time.
        var deadline = query.AheadOfNeed ? new GitDeadline(query.Timeout) : null;
        var untracked = deadline != null ? null : new PendingCall<GitCommandResult>(() => git.Run(listUntracked, query.UntrackedListCapBytes));
        var state = (repository ?? RepositoryStateWhenFirstNeeded(query, RepositoryTop.Find(query.ProjectDirectory))).Result;
        var top = state.Top;

        var head = state.Head;
        var lines = head.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        if (!head.Succeeded && !state.NoCommits)
        {
            facts.Problem = DescribeFailure(head);
            return facts;
        }
        var gitTop = RepositoryGitState.TopLine(head);
        if (gitTop == null)
        {
            // Something answering as git that is not quite git (a wrapper, a stub on PATH).
            facts.Problem = new GitProblem(Diagnostics.GitRefused,
                "git answered 'rev-parse --show-toplevel' without a path; the record has no git facts. Check which git is on PATH (or FootstepsGitExecutable).");
            return facts;
        }
        facts.RepositoryRoot = gitTop;
        untracked ??= PendingCall<GitCommandResult>.Inline(() => deadline!.Run(git, listUntracked, query.UntrackedListCapBytes));

        if (new[] { state.Describe, state.Remote, state.Diff, untracked.Result }.Any(r => r.TimedOut))
            facts.Problem = new GitProblem(Diagnostics.GitTimedOut,
                $"git took longer than {query.Timeout.TotalSeconds:0.#} s; the record lacks some git facts.");

        if (state.NoCommits)
        {
            facts.Problem ??= new GitProblem(Diagnostics.NoCommits,
                "the repository has no commits yet; the record holds the diff against an empty tree instead of a commit. Commit once to record a hash.");
        }
        else
        {
            facts.Commit = lines.Length > 1 ? lines[1].Trim() : null;
            facts.Describe = state.Describe.Succeeded ? state.Describe.Output.Trim() : facts.Commit;
            var branch = lines.Length > 2 ? lines[2].Trim() : "HEAD";
            facts.Branch = branch == "HEAD" ? null : branch;
        }

        if (state.Remote.Succeeded && state.Remote.Output.Trim().Length > 0)
        {
            var url = state.Remote.Output.Trim();
            facts.Remote = RemoteUrl.WithoutCredentials(url);
            facts.WebLink = RemoteUrl.GitHubTreeLink(url, facts.Commit ?? "");
        }

        if (state.Diff.Succeeded)
        {
            // Shared by the working tree's projects when the top was found: this project's own
            // excluded paths come out here, then the stored cap applies.
            var prefixes = top == null ? null : ExcludedPrefixes(query, top, facts.RepositoryRoot);
            if (top != null && prefixes == null)
            {
                // The project's place in git's tree is not certain (symbolic links, GIT_DIR):
                // git itself leaves its excluded paths out.
                var own = RepositoryGitState.ReadDiff(query, query.ProjectDirectory, Pathspecs(query), state.NoCommits);
                facts.Diff = own.Succeeded ? own.Output : "";
                facts.DiffTruncated = own.OutputTruncated;
            }
            else
            {
                var (diff, cut) = DiffSections.Capped(prefixes == null ? state.Diff.Output : DiffSections.Without(state.Diff.Output, prefixes), query.DiffCapBytes);
                facts.Diff = diff;
                facts.DiffTruncated = cut || state.Diff.OutputTruncated;
            }
        }

        if (untracked.Result.Succeeded)
        {
            var entries = untracked.Result.Output.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries);
            // A cut list ends in a partial path: drop it.
            var complete = untracked.Result.OutputTruncated ? entries.Take(Math.Max(entries.Length - 1, 0)) : entries;
            facts.Untracked.AddRange(complete);
        }

        return facts;
    }

    /// <summary>
    /// What every project under <paramref name="top"/> shares, read by the first project that
    /// needs it, with a diff of the whole working tree (each project filters it); without a top
    /// found on disk, from the project directory with the project's own pathspecs.
    /// </summary>
    public static PendingCall<RepositoryGitState> RepositoryStateWhenFirstNeeded(GitQuery query, string? top) =>
        top == null
            ? RepositoryGitState.ReadWhenFirstNeeded(query, query.ProjectDirectory, Pathspecs(query), query.DiffCapBytes, top: null)
            : RepositoryGitState.ReadWhenFirstNeeded(query, top, BuildOutputExcluded, SharedDiffCapFactor * query.DiffCapBytes, top);

    // The shared diff still holds each project's output root; it is cut to the stored cap after
    // filtering, so a project's own tracked results cannot push its code out of the record.
    private const int SharedDiffCapFactor = 4;

    // Anywhere in the working tree: build output is never code.
    private static readonly string[] BuildOutputExcluded = { ":/", ":(exclude,top,glob)**/bin/**", ":(exclude,top,glob)**/obj/**" };

    /// <summary>The whole working tree, less build output anywhere and the project's excluded paths.</summary>
    private static List<string> Pathspecs(GitQuery query)
    {
        var pathspecs = new List<string>(BuildOutputExcluded);
        foreach (var relative in ExcludedPaths(query))
            pathspecs.Add($":(exclude,literal){relative}");
        return pathspecs;
    }

    /// <summary>
    /// The project's excluded paths relative to git's top, each ending with '/'; null when the
    /// top found on disk is not the one git reports (then the paths git writes may not start
    /// where ours do).
    /// </summary>
    private static List<string>? ExcludedPrefixes(GitQuery query, string top, string? gitTop)
    {
        if (gitTop == null || !string.Equals(Path.GetFullPath(gitTop).TrimEnd('/', '\\'), top.TrimEnd('/', '\\'), StringComparison.Ordinal))
            return null;
        var prefixes = new List<string>();
        foreach (var relative in ExcludedPaths(query))
        {
            var path = RepositoryTop.RelativePath(top, Path.Combine(query.ProjectDirectory, relative));
            if (path == null)
                return null;
            if (path.Length > 0)
                prefixes.Add(path + "/");
        }
        return prefixes;
    }

    private static IEnumerable<string> ExcludedPaths(GitQuery query)
    {
        foreach (var path in query.ExcludedPaths)
        {
            var relative = path.Replace('\\', '/').Trim('/');
            if (relative.Length > 0 && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                yield return relative;
        }
    }

    // Messages name no path: they are embedded in the binary, which must not depend on where it was built.
    private static GitProblem DescribeFailure(GitCommandResult result)
    {
        if (result.GitNotFound)
            return new GitProblem(Diagnostics.GitNotFound,
                $"git was not found ({result.Error}); the record has no git facts beyond the SDK's SourceRevisionId. Install git or put it on PATH.");
        if (result.TimedOut)
            return new GitProblem(Diagnostics.GitTimedOut, "git did not answer in time; the record has no git facts.");

        var error = result.Error.Trim();
        if (error.IndexOf("safe.directory", StringComparison.OrdinalIgnoreCase) >= 0 ||
            error.IndexOf("dubious ownership", StringComparison.OrdinalIgnoreCase) >= 0)
            return new GitProblem(Diagnostics.GitRefused,
                "git refused to read the repository (dubious ownership: the repository belongs to another user); the record has no git facts. If you trust it: git config --global --add safe.directory <repository path>");
        if (error.IndexOf("not a git repository", StringComparison.OrdinalIgnoreCase) >= 0)
            return new GitProblem(Diagnostics.NotARepository,
                "the project is not in a git repository; the record has no commit or diff. Run 'git init' and commit to track which code produced each result.");
        var firstLine = error.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return new GitProblem(Diagnostics.GitRefused, $"git failed (exit code {result.ExitCode}): {firstLine}");
    }

}
