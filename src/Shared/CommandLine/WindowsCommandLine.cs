using System.Collections.Generic;
using System.Text;

namespace FootstepsBuild.Shared.CommandLine;

/// <summary>
/// Quotes arguments by the Windows rules (CommandLineToArgvW), which .NET also uses to split
/// ProcessStartInfo.Arguments on every OS: so the build's git calls (netstandard2.0 has no
/// ArgumentList) and the command line a run records on Windows round-trip any argument —
/// spaces, quotes, backslashes before a quote.
/// </summary>
internal static class WindowsCommandLine
{
    public static string Join(IEnumerable<string> arguments)
    {
        var line = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (line.Length > 0)
                line.Append(' ');
            AppendQuoted(line, argument);
        }
        return line.ToString();
    }

    /// <param name="argument">The argument.</param>
    /// <param name="always">Quote it even when CommandLineToArgvW would not need it (cmd does, for <c>a&amp;b</c>).</param>
    public static string Quote(string argument, bool always = false)
    {
        var line = new StringBuilder(argument.Length + 2);
        AppendQuoted(line, argument, always);
        return line.ToString();
    }

    private static void AppendQuoted(StringBuilder line, string argument, bool always = false)
    {
        if (!always && argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '\v', '"' }) < 0)
        {
            line.Append(argument);
            return;
        }

        line.Append('"');
        var pendingBackslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                pendingBackslashes++;
                continue;
            }
            // Backslashes only escape when they precede a quote.
            line.Append('\\', c == '"' ? pendingBackslashes * 2 + 1 : pendingBackslashes);
            pendingBackslashes = 0;
            line.Append(c);
        }
        line.Append('\\', pendingBackslashes * 2);
        line.Append('"');
    }
}
