using System;
using System.Collections.Generic;
using System.IO;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>The command line of a process, quoted so it can be pasted back into a shell (cmd on Windows).</summary>
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
        var launchedByHost = AsciiCase.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet");
        var words = new List<string> { processPath };
        for (var i = launchedByHost ? 0 : 1; i < commandLineArgs.Count; i++)
            words.Add(commandLineArgs[i]);
        return words;
    }

    public static string Join(IEnumerable<string> words) => Join(words, OperatingSystem.IsWindows());

    /// <summary>
    /// <c>cd DIRECTORY &amp;&amp; COMMAND</c> for this OS's shell, as the tool prints a re-run:
    /// <c>cd /d D:\runs\exp &amp;&amp; dotnet run</c> in cmd, whose cd changes the drive only with /d.
    /// </summary>
    public static string InDirectory(string directory, IEnumerable<string> words) => InDirectory(directory, words, OperatingSystem.IsWindows());

    public static string InDirectory(string directory, IEnumerable<string> words, bool forWindows) =>
        (forWindows ? "cd /d " : "cd ") + Join(new[] { directory }, forWindows) + " && " + Join(words, forWindows);

    /// <param name="words">The words to quote.</param>
    /// <param name="forWindows">Quote for a Windows command line (cmd, CreateProcess) instead of a POSIX shell.</param>
    public static string Join(IEnumerable<string> words, bool forWindows)
    {
        var quoted = new List<string>();
        foreach (var word in words)
            quoted.Add(forWindows ? WindowsCommandLine.Quote(word, always: word.IndexOfAny(CmdSpecial) >= 0) : QuoteForPosixShell(word));
        var line = string.Join(" ", quoted);
        return forWindows ? EscapedForCmd(line) : line;
    }

    // cmd.exe, where a Windows command line is pasted, runs `a&b` as two commands and drops a
    // `^`, unless it sees them between double quotes; so such words are quoted. (cmd still
    // expands a %NAME% of a variable that is set, quoted or not.)
    private const string CmdSpecialText = "&|<>^";
    private static readonly char[] CmdSpecial = CmdSpecialText.ToCharArray();

    // cmd enters and leaves quotes at every '"', escaped by a backslash or not, so a word holding
    // quotes (`say "hi`) can leave the next word's quoted `&` outside cmd's quotes: a caret
    // there makes cmd take it literally (and removes the caret).
    private static string EscapedForCmd(string line)
    {
        var escaped = new System.Text.StringBuilder(line.Length);
        var insideQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
                insideQuotes = !insideQuotes;
            else if (!insideQuotes && CmdSpecialText.IndexOf(c) >= 0)
                escaped.Append('^');
            escaped.Append(c);
        }
        return escaped.ToString();
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
