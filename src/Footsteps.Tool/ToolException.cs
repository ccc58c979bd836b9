namespace FootstepsBuild.Tool;

/// <summary>
/// An expected failure with a message for the user and the exit code that says which kind it is
/// (see <see cref="ExitCodes"/>). Program prints the message; nothing prints a stack trace.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
