using System;
using System.Collections.Generic;
using System.Text;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// Leaves whole files out of a `git diff --no-renames` text: how a project takes its own excluded
/// paths (its output root, its bin/ and obj/) out of the diff shared by every project of the
/// repository. A section whose header cannot be read is kept: code is never dropped.
/// </summary>
internal static class DiffSections
{
    private const string Header = "diff --git ";

    /// <param name="diff">The output of `git diff --no-renames`.</param>
    /// <param name="excludedPrefixes">Repository-relative, '/'-separated, each ending with '/'.</param>
    public static string Without(string diff, IReadOnlyCollection<string> excludedPrefixes)
    {
        if (excludedPrefixes.Count == 0 || diff.Length == 0)
            return diff;
        var kept = new StringBuilder(diff.Length);
        var start = 0;
        while (start < diff.Length)
        {
            var next = diff.IndexOf("\n" + Header, start, StringComparison.Ordinal);
            var end = next < 0 ? diff.Length : next + 1;
            var path = PathOf(diff, start, end);
            if (path == null || !StartsWithAny(path, excludedPrefixes))
                kept.Append(diff, start, end - start);
            start = end;
        }
        return kept.ToString();
    }

    /// <summary>
    /// The path a section is about: "diff --git a/P b/P" (P twice: renames are off), with both
    /// C-quoted when P holds a quote, a backslash or a control character.
    /// </summary>
    internal static string? PathOf(string diff, int start, int end)
    {
        if (string.CompareOrdinal(diff, start, Header, 0, Header.Length) != 0)
            return null;
        var lineEnd = diff.IndexOf('\n', start);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        var line = diff.Substring(start + Header.Length, lineEnd - start - Header.Length);
        if (line.StartsWith("\"", StringComparison.Ordinal))
        {
            var quoted = Unquote(line);
            return quoted != null && quoted.StartsWith("a/", StringComparison.Ordinal) ? quoted.Substring(2) : null;
        }
        // "a/" + P + " b/" + P
        if (line.Length < 5 || (line.Length - 5) % 2 != 0)
            return null;
        var length = (line.Length - 5) / 2;
        var path = line.Substring(2, length);
        return line.StartsWith("a/", StringComparison.Ordinal) && line.Substring(2 + length) == " b/" + path ? path : null;
    }

    // The first C-quoted token of the line, as git writes it (\" \\ \t \n and octal for other control characters).
    private static string? Unquote(string line)
    {
        var text = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
                return text.ToString();
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (++i >= line.Length)
                return null;
            var escaped = line[i];
            if (escaped >= '0' && escaped <= '7' && i + 2 < line.Length)
            {
                text.Append((char)Convert.ToInt32(line.Substring(i, 3), 8));
                i += 2;
                continue;
            }
            text.Append(escaped switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v', _ => escaped });
        }
        return null;
    }

    /// <summary>
    /// The diff cut to <paramref name="capBytes"/> of UTF-8 at the end of a line, and whether it
    /// was cut.
    /// </summary>
    public static (string Diff, bool Cut) Capped(string diff, int capBytes)
    {
        if (Encoding.UTF8.GetByteCount(diff) <= capBytes)
            return (diff, false);
        var bytes = Encoding.UTF8.GetBytes(diff);
        var end = capBytes;
        while (end > 0 && bytes[end - 1] != (byte)'\n')
            end--;
        return (Encoding.UTF8.GetString(bytes, 0, end), true);
    }

    private static bool StartsWithAny(string path, IReadOnlyCollection<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
