namespace FootstepsBuild.Shared.Git;

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

    /// <summary>A command not started (an earlier one failed, or git's time ran out); <paramref name="timedOut"/> when for lack of time.</summary>
    public static GitCommandResult NotRun(string why, bool timedOut) => new(-1, "", why, false, timedOut, gitNotFound: false);
}
