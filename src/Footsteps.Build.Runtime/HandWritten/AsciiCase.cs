using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Comparisons that ignore the case of ASCII letters, by hand: string's OrdinalIgnoreCase loads
/// ICU on its first use (its globalization settings), about 7 ms of a launch
/// (docs/benchmarks.md). Text with a character beyond ASCII goes to the BCL, whose case folding
/// knows the rest of Unicode: no answer changes, only the common case gets cheaper.
/// </summary>
internal static class AsciiCase
{
    public static bool Equals(string text, string other) =>
        IsAscii(text) && IsAscii(other)
            ? text.Length == other.Length && MatchesAt(text, 0, other)
            : string.Equals(text, other, StringComparison.OrdinalIgnoreCase);

    public static bool StartsWith(string text, string prefix) =>
        IsAscii(text) && IsAscii(prefix)
            ? text.Length >= prefix.Length && MatchesAt(text, 0, prefix)
            : text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool Contains(string text, string word)
    {
        if (!IsAscii(text) || !IsAscii(word))
            return text.Contains(word, StringComparison.OrdinalIgnoreCase);
        for (var start = 0; start + word.Length <= text.Length; start++)
        {
            if (MatchesAt(text, start, word))
                return true;
        }
        return false;
    }

    private static bool MatchesAt(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(text[start + i]) != Fold(word[i]))
                return false;
        }
        return true;
    }

    private static char Fold(char c) => c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f')
                return false;
        }
        return true;
    }
}
