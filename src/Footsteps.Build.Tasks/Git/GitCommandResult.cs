namespace FootstepsShared.Git;

/// <summary>What one git invocation produced.</summary>
internal sealed class GitCommandResult
{
    public GitCommandResult(int exitCode, string output, string error, bool outputTruncated, bool timedOut, bool gitNotFound)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
        OutputTruncated = outputTruncated;
        TimedOut = timedOut;
        GitNotFound = gitNotFound;
    }

    public int ExitCode { get; }
    public string Output { get; }
    public string Error { get; }

    /// <summary>Output reached the caller's cap; git was stopped and the rest discarded.</summary>
    public bool OutputTruncated { get; }
    public bool TimedOut { get; }
    public bool GitNotFound { get; }

    public bool Succeeded => (ExitCode == 0 || OutputTruncated) && !TimedOut && !GitNotFound;

    public static GitCommandResult NotFound(string message) => new(-1, "", message, false, false, true);

    /// <summary>A command not started because one before it, run one at a time, timed out: it counts as timed out too.</summary>
    public static GitCommandResult SkippedAfterTimeout() => new(-1, "", "not run: an earlier git command timed out", false, timedOut: true, gitNotFound: false);
}
