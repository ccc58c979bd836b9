using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    public DateTime ProcessStartTimeUtc { get; init; }

    public static LaunchFacts Now()
    {
        return new()
        {
        Command = CommandLineText.ForCurrentProcess(),
        Argv = Environment.GetCommandLineArgs(),
        StartedUtc = DateTime.UtcNow,
        ProcessId = Environment.ProcessId,
        ProcessStartTimeUtc = Machine.ProcessStartTime.ReadUtc(),
        HostName = Environment.MachineName,
        Framework = RuntimeInformation.FrameworkDescription,
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
        var words = launchedByHost
            ? new[] { processPath }.Concat(arguments)
            : new[] { processPath }.Concat(arguments.Skip(1));
        return Join(words);
    }

    public static string Join(IEnumerable<string> words) =>
        string.Join(" ", words.Select(w => OperatingSystem.IsWindows() ? QuoteForWindows(w) : QuoteForPosixShell(w)));

    public static string QuoteForPosixShell(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "_@%+=:,./-".Contains(c)))
            return word;
        return "'" + word.Replace("'", "'\\''") + "'";
    }

    private static string QuoteForWindows(string word) =>
        word.Length > 0 && word.IndexOfAny(new[] { ' ', '\t', '"' }) < 0 ? word : "\"" + word.Replace("\"", "\\\"") + "\"";
}
