namespace FootstepsBuild.Tests.Testing;

/// <summary>A git that writes each call's arguments to a log, then does what git does: to count the work a build gives git.</summary>
public sealed class LoggingGit
{
    private readonly string _log;

    /// <param name="directory">Where the script and its log go (outside the repository under test).</param>
    public LoggingGit(string directory)
    {
        var name = "logging-git-" + Guid.NewGuid().ToString("N")[..8];
        Executable = Path.Combine(directory, name + ".sh");
        _log = Path.Combine(directory, name + ".log");
        ScriptedGit.Write(Executable, $"echo \"$*\" >> '{_log}'\nexec git \"$@\"\n");
    }

    public string Executable { get; }

    /// <summary>One line of arguments per git process started so far.</summary>
    public string[] Calls => File.Exists(_log) ? File.ReadAllLines(_log) : Array.Empty<string>();
}
