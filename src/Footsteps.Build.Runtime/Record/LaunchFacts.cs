using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace FootstepsRuntime.Record;

/// <summary>What is true of this launch: taken at run time, since the build cannot know it.</summary>
internal sealed class LaunchFacts
{
    public string Command { get; init; } = "";
    public string HostName { get; init; } = "";
    public string Framework { get; init; } = "";
    public string RuntimeIdentifier { get; init; } = "";
    public string ProcessPath { get; init; } = "";
    public string WorkingDirectory { get; init; } = "";
    public IReadOnlyList<string> Argv { get; init; } = Array.Empty<string>();
    public DateTime StartedUtc { get; init; }
    public int ProcessId { get; init; }

    public static LaunchFacts Now()
    {
        return new()
        {
        Command = CommandLineText.ForCurrentProcess(),
        Argv = Environment.GetCommandLineArgs(),
        StartedUtc = DateTime.UtcNow,
        ProcessId = Environment.ProcessId,
        HostName = Environment.MachineName,
        // RuntimeInformation.FrameworkDescription reads an attribute by reflection (about a
        // millisecond at launch); the version says the same for released runtimes, and info.json
        // gets the full description from the background thread.
        Framework = ".NET " + Environment.Version,
        RuntimeIdentifier = RuntimeInformation.RuntimeIdentifier,
        ProcessPath = Environment.ProcessPath ?? "",
        WorkingDirectory = Environment.CurrentDirectory,
        };
    }
}

/// <summary>The command line of a process, quoted so it can be pasted back into a shell.</summary>
internal static class CommandLineText
{
    public static string ForCurrentProcess()
    {
        var arguments = Environment.GetCommandLineArgs();
        var processPath = Environment.ProcessPath ?? arguments[0];
        // Under the `dotnet` host, argv[0] is the app's dll: `dotnet app.dll args` re-runs it.
        var launchedByHost = Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var words = new List<string> { processPath };
        for (var i = launchedByHost ? 0 : 1; i < arguments.Length; i++)
            words.Add(arguments[i]);
        return Join(words);
    }

    public static string Join(IEnumerable<string> words)
    {
        var quoted = new List<string>();
        foreach (var word in words)
            quoted.Add(OperatingSystem.IsWindows() ? QuoteForWindows(word) : QuoteForPosixShell(word));
        return string.Join(" ", quoted);
    }

    public static string QuoteForPosixShell(string word)
    {
        if (word.Length > 0 && IsShellSafe(word))
            return word;
        return "'" + word.Replace("'", "'\\''") + "'";
    }

    private static bool IsShellSafe(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "_@%+=:,./-".IndexOf(c) < 0)
                return false;
        }
        return true;
    }

    private static string QuoteForWindows(string word) =>
        word.Length > 0 && word.IndexOfAny(new[] { ' ', '\t', '"' }) < 0 ? word : "\"" + word.Replace("\"", "\\\"") + "\"";
}
