using System;
using System.Collections.Generic;
using System.IO;
using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>The command line of a process, quoted so it can be pasted back into a shell.</summary>
internal static class CommandLineText
{
    /// <summary>
    /// The command that started this process, word by word: the apphost and the program's
    /// arguments, or under the `dotnet` host, dotnet, the app's dll and the arguments.
    /// </summary>
    /// <param name="commandLineArgs">Environment.GetCommandLineArgs(): the entry assembly, then the arguments.</param>
    public static List<string> Words(string? processPath, IReadOnlyList<string> commandLineArgs)
    {
        processPath ??= commandLineArgs[0];
        // Under the `dotnet` host, GetCommandLineArgs()[0] is the app's dll: `dotnet app.dll args` re-runs it.
        var launchedByHost = Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var words = new List<string> { processPath };
        for (var i = launchedByHost ? 0 : 1; i < commandLineArgs.Count; i++)
            words.Add(commandLineArgs[i]);
        return words;
    }

    public static string Join(IEnumerable<string> words) => Join(words, OperatingSystem.IsWindows());

    /// <param name="words">The words to quote.</param>
    /// <param name="forWindows">Quote for a Windows command line (cmd, CreateProcess) instead of a POSIX shell.</param>
    public static string Join(IEnumerable<string> words, bool forWindows)
    {
        var quoted = new List<string>();
        foreach (var word in words)
            quoted.Add(forWindows ? WindowsCommandLine.Quote(word) : QuoteForPosixShell(word));
        return string.Join(" ", quoted);
    }

    private static string QuoteForPosixShell(string word)
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
}
