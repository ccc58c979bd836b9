using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Parses the plain decimal integers of /proc files and of the embedded facts by hand:
/// long.Parse first sets up the culture and number-formatting machinery (loading ICU on Linux),
/// which costs the launch over a millisecond.
/// </summary>
internal static class AsciiInteger
{
    /// <summary>An optional '-' then 1–18 digits, nothing else; false otherwise.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var first = negative ? 1 : 0;
        if (text.Length == first || text.Length - first > 18)
            return false;
        for (var i = first; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            if (digit < 0 || digit > 9)
                return false;
            value = value * 10 + digit;
        }
        if (negative)
            value = -value;
        return true;
    }
}
