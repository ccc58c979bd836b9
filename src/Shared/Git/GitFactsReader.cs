using System;
using System.Linq;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// The per-project step: a project's <see cref="GitFacts"/> from the shared read of its working
/// tree (<see cref="RepositoryGitState"/>) plus what is the project's own — its untracked files,
/// and its excluded paths (output root, bin/, obj/) taken out of the shared diff. Knows nothing
/// of MSBuild: every failure becomes a <see cref="GitProblem"/>, never an exception.
/// </summary>
internal static class GitFactsReader
{
    /// <summary>
    /// The facts for <paramref name="query"/>'s project. <paramref name="repository"/>: the shared
    /// read, when another project of the same working tree already holds it
    /// (<see cref="RepositoryGitState.WhenFirstNeeded"/>); null to read it now.
    /// </summary>
    public static GitFacts Read(GitQuery query, PendingCall<RepositoryGitState>? repository = null)
    {
        var pace = GitPace.For(query);
        // Waited for, the listing runs beside the shared read; one at a time, after it.
        var untracked = pace.Start(query.CommandIn(query.ProjectDirectory), UntrackedArguments(query), query.UntrackedListCapBytes);
        var state = (repository ?? RepositoryGitState.WhenFirstNeeded(query, RepositoryTop.Find(query.ProjectDirectory))).Result;

        var facts = new GitFacts();
        if (!state.Head.Succeeded && !state.NoCommits)
        {
            facts.Problem = GitProblems.Describe(state.Head);
            return facts;
        }
        facts.RepositoryRoot = RepositoryGitState.TopLine(state.Head);
        if (facts.RepositoryRoot == null)
        {
            facts.Problem = GitProblems.NoTopLine;
            return facts;
        }

        if (new[] { state.Describe, state.Remote, state.Diff, untracked.Result }.Any(r => r.TimedOut))
            facts.Problem = GitProblems.TimedOut(query.Timeout);
        if (state.NoCommits)
            facts.Problem ??= GitProblems.NoCommits;
        else
            TakeHead(state, facts);
        TakeRemote(state, facts);
        if (state.Diff.Succeeded)
            TakeDiff(query, pace, state, facts);
        TakeUntracked(untracked.Result, facts);
        return facts;
    }

    private static void TakeHead(RepositoryGitState state, GitFacts facts)
    {
        var lines = state.Head.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        facts.Commit = lines.Length > 1 ? lines[1].Trim() : null;
        facts.Describe = state.Describe.Succeeded ? state.Describe.Output.Trim() : facts.Commit;
        var branch = lines.Length > 2 ? lines[2].Trim() : "HEAD";
        facts.Branch = branch == "HEAD" ? null : branch;
    }

    private static void TakeRemote(RepositoryGitState state, GitFacts facts)
    {
        var url = state.Remote.Output.Trim();
        if (!state.Remote.Succeeded || url.Length == 0)
            return;
        facts.Remote = RemoteUrl.WithoutCredentials(url);
        facts.WebLink = RemoteUrl.GitHubTreeLink(url, facts.Commit ?? "");
    }

    // The shared diff, less this project's excluded paths, then cut to the stored cap. Where the
    // project's place in git's tree is not certain (symbolic links, GIT_DIR), git itself leaves
    // them out of a diff of the project's own.
    private static void TakeDiff(GitQuery query, GitPace pace, RepositoryGitState state, GitFacts facts)
    {
        if (state.Top == null)
        {
            (facts.Diff, facts.DiffTruncated) = Capped(state.Diff.Output, state.Diff.OutputTruncated, query);
            return;
        }
        var prefixes = ProjectExclusions.Prefixes(query, state.Top, facts.RepositoryRoot);
        if (prefixes == null)
        {
            var own = RepositoryGitState.StartProjectDiff(query, pace, state.NoCommits).Result;
            facts.Diff = own.Succeeded ? own.Output : "";
            facts.DiffTruncated = own.OutputTruncated;
            return;
        }
        (facts.Diff, facts.DiffTruncated) = Capped(DiffSections.Without(state.Diff.Output, prefixes), state.Diff.OutputTruncated, query);
    }

    private static (string Diff, bool Truncated) Capped(string diff, bool gitStopped, GitQuery query)
    {
        var (kept, cut) = DiffSections.Capped(diff, query.DiffCapBytes);
        return (kept, cut || gitStopped);
    }

    private static void TakeUntracked(GitCommandResult untracked, GitFacts facts)
    {
        if (!untracked.Succeeded)
            return;
        var entries = untracked.Output.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries);
        // A cut list ends in a partial path: drop it.
        facts.Untracked.AddRange(untracked.OutputTruncated ? entries.Take(Math.Max(entries.Length - 1, 0)) : entries);
    }

    private static string[] UntrackedArguments(GitQuery query) =>
        new[] { "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--" }
            .Concat(RepositoryGitState.ProjectPathspecs(query)).ToArray();
}
