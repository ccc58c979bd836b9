using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tool.Sources;

/// <summary>
/// git in one directory, through the runtime's own <see cref="GitCommand"/> (no shell, no
/// credential prompt, no optional locks), with a timeout long enough for clones.
/// </summary>
internal sealed class Git
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private readonly GitCommand _command;

    public Git(string directory)
    {
        Directory = directory;
        _command = new GitCommand(directory, Timeout);
    }

    public string Directory { get; }

    public GitCommandResult TryRun(params string[] arguments) => _command.Run(arguments);

    /// <summary>Runs git and returns its trimmed output.</summary>
    /// <exception cref="ToolException">git failed: <paramref name="failure"/> and git's own words.</exception>
    public string Run(string failure, params string[] arguments)
    {
        var result = TryRun(arguments);
        if (!result.Succeeded)
            throw new ToolException(ExitCodes.RestoreImpossible, $"{failure}: git {string.Join(" ", arguments)}: {FirstLines(result.Error)}");
        return result.Output.Trim();
    }

    private static string FirstLines(string text) => string.Join("\n", text.Trim().Split('\n').Take(5));
}
