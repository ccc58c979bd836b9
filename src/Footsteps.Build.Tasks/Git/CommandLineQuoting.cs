using System.Collections.Generic;
using System.Text;

namespace FootstepsShared.Git;

/// <summary>
/// Joins arguments into one ProcessStartInfo.Arguments string. netstandard2.0 has no
/// ArgumentList, and .NET splits Arguments with the Windows (CommandLineToArgvW) rules on every
/// OS, so quoting by those rules round-trips any argument: spaces, quotes, backslashes.
/// </summary>
internal static class CommandLineQuoting
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

    private static void AppendQuoted(StringBuilder line, string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '\v', '"' }) < 0)
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
