using FootstepsShared;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FootstepsShared.Git;

/// <summary>
/// Collects <see cref="GitFacts"/> for a project directory. Knows nothing of MSBuild: every
/// failure becomes a <see cref="GitProblem"/>, never an exception.
/// </summary>
internal static class GitFactsReader
{
    // `git hash-object -t tree /dev/null`: what a repository without commits is diffed against.
    private const string EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    public static GitFacts Read(GitQuery query)
    {
        var facts = new GitFacts();
        var git = new GitCommand(query.ProjectDirectory, query.GitExecutable, query.Timeout);
        var pathspecs = Pathspecs(query);

        // Five git processes, all at once (each costs a few milliseconds just to start); the
        // ones that need a commit assume there is one, and the rare repository without commits
        // repeats its diff below.
        var head = Start(git, "rev-parse", "--show-toplevel", "HEAD", "--abbrev-ref", "HEAD");
        var describe = Start(git, "describe", "--always");
        var remote = Start(git, "config", "--get", "remote.origin.url");
        var diff = StartDiff(git, "HEAD", pathspecs, query.DiffCapBytes);
        var untracked = new BackgroundCall<GitCommandResult>(() => git.Run(
            new[] { "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--" }
                .Concat(pathspecs).ToArray(),
            query.UntrackedListCapBytes));

        // rev-parse prints the top line first even when HEAD does not resolve yet.
        var lines = head.Result.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var noCommits = !head.Result.Succeeded && lines.Length >= 1 && Path.IsPathRooted(lines[0].Trim())
            && head.Result.Error.IndexOf("unknown revision", StringComparison.OrdinalIgnoreCase) >= 0;
        if (!head.Result.Succeeded && !noCommits)
        {
            facts.Problem = DescribeFailure(head.Result);
            return facts;
        }
        facts.RepositoryRoot = lines[0].Trim();

        var timedOut = new[] { describe, remote, diff, untracked }.FirstOrDefault(t => t.Result.TimedOut);
        if (timedOut != null)
            facts.Problem = new GitProblem(Diagnostics.GitTimedOut,
                $"git took longer than {query.Timeout.TotalSeconds:0.#} s; the record lacks some git facts.");

        if (noCommits)
        {
            facts.Problem ??= new GitProblem(Diagnostics.NoCommits,
                "the repository has no commits yet; the record holds the diff against an empty tree instead of a commit. Commit once to record a hash.");
            diff = StartDiff(git, EmptyTree, pathspecs, query.DiffCapBytes);
        }
        else
        {
            facts.Commit = lines.Length > 1 ? lines[1].Trim() : null;
            facts.Describe = describe.Result.Succeeded ? describe.Result.Output.Trim() : facts.Commit;
            var branch = lines.Length > 2 ? lines[2].Trim() : "HEAD";
            facts.Branch = branch == "HEAD" ? null : branch;
        }

        if (remote.Result.Succeeded && remote.Result.Output.Trim().Length > 0)
        {
            var url = remote.Result.Output.Trim();
            facts.Remote = RemoteUrl.WithoutCredentials(url);
            facts.WebLink = RemoteUrl.GitHubTreeLink(url, facts.Commit ?? "");
        }

        if (diff.Result.Succeeded)
        {
            facts.Diff = diff.Result.Output;
            facts.DiffTruncated = diff.Result.OutputTruncated;
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

    private static BackgroundCall<GitCommandResult> Start(GitCommand git, params string[] arguments) =>
        new(() => git.Run(arguments));

    private static BackgroundCall<GitCommandResult> StartDiff(GitCommand git, string against, IEnumerable<string> pathspecs, int capBytes) =>
        new(() => git.Run(
            new[] { "--no-optional-locks", "-c", "core.quotepath=off", "diff", against, "--no-ext-diff", "--no-color", "--no-textconv", "--" }
                .Concat(pathspecs).ToArray(),
            capBytes));

    /// <summary>The whole working tree, less build output anywhere and the project's excluded paths.</summary>
    private static List<string> Pathspecs(GitQuery query)
    {
        var pathspecs = new List<string> { ":/", ":(exclude,top,glob)**/bin/**", ":(exclude,top,glob)**/obj/**" };
        foreach (var path in query.ExcludedPaths)
        {
            var relative = path.Replace('\\', '/').Trim('/');
            if (relative.Length > 0 && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                pathspecs.Add($":(exclude,literal){relative}");
        }
        return pathspecs;
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
