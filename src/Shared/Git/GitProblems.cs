using System;
using System.Linq;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// What the record says when git cannot tell everything. Messages name no path: they are
/// embedded in the binary, which must not depend on where it was built.
/// </summary>
internal static class GitProblems
{
    public static readonly GitProblem NoCommits = new(Diagnostics.NoCommits,
        "the repository has no commits yet; the record holds the diff against an empty tree instead of a commit. Commit once to record a hash.");

    /// <summary>Something answering as git that is not quite git (a wrapper, a stub on PATH).</summary>
    public static readonly GitProblem NoTopLine = new(Diagnostics.GitRefused,
        "git answered 'rev-parse --show-toplevel' without a path; the record has no git facts. Check which git is on " +
            "PATH (or FootstepsGitExecutable).");

    public static GitProblem TimedOut(TimeSpan timeout) => new(Diagnostics.GitTimedOut,
        $"git took longer than {timeout.TotalSeconds:0.#} s; the record lacks some git facts.");

    /// <summary>Why the first command (rev-parse) failed.</summary>
    public static GitProblem Describe(GitCommandResult result)
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
                "git refused to read the repository (dubious ownership: the repository belongs to another user); the " +
                    "record has no git facts. If you trust it: git config --global --add safe.directory <repository path>");
        if (error.IndexOf("not a git repository", StringComparison.OrdinalIgnoreCase) >= 0)
            return new GitProblem(Diagnostics.NotARepository,
                "the project is not in a git repository; the record has no commit or diff. Run 'git init' and commit " +
                    "to track which code produced each result.");
        var firstLine = error.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return new GitProblem(Diagnostics.GitRefused, $"git failed (exit code {result.ExitCode}): {firstLine}");
    }
}
