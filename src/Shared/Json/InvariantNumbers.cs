using System;
using System.Globalization;
using System.Text;

namespace FootstepsBuild.Shared.Json;

/// <summary>
/// Writes numbers as JSON spells them, digits by hand: a number formatted with
/// CultureInfo.InvariantCulture sets up the culture data first, and on Linux that loads ICU,
/// about 7 ms of a launch that writes info.json (docs/benchmarks.md); without a culture .NET
/// would take the current one, whose minus sign and decimal separator vary. A double that is not
/// a plain decimal of at most three places goes to the BCL's round-trip form.
/// </summary>
internal static class InvariantNumbers
{
    public static void Append(StringBuilder text, long value)
    {
        if (value < 0)
        {
            text.Append('-');
            // long.MinValue has no positive counterpart; its digits are those of its magnitude as ulong.
            AppendDigits(text, (ulong)(-(value + 1)) + 1);
        }
        else
            AppendDigits(text, (ulong)value);
    }

    // At most three decimal places, magnitude below 1e9 (so its thousandths are exact): every such double's shortest round-trip
    // form is this decimal, so the text is the one ToString("R") gives.
    public static void Append(StringBuilder text, double value)
    {
        var thousandths = value * 1000;
        if (double.IsNaN(value) || Math.Abs(value) >= 1e9 || Math.Round(value, 3) != value || (value == 0 && 1 / value < 0))
        {
            text.Append(value.ToString("R", CultureInfo.InvariantCulture));
            return;
        }
        var scaled = (long)Math.Round(thousandths);
        if (scaled < 0)
        {
            text.Append('-');
            scaled = -scaled;
        }
        AppendDigits(text, (ulong)(scaled / 1000));
        var fraction = (int)(scaled % 1000);
        if (fraction == 0)
            return;
        text.Append('.').Append((char)('0' + fraction / 100));
        if (fraction % 100 != 0)
            text.Append((char)('0' + fraction / 10 % 10));
        if (fraction % 10 != 0)
            text.Append((char)('0' + fraction % 10));
    }

    /// <summary>Four lower-case hexadecimal digits, as a JSON \u escape needs.</summary>
    public static void AppendHex4(StringBuilder text, int value)
    {
        for (var shift = 12; shift >= 0; shift -= 4)
            text.Append("0123456789abcdef"[(value >> shift) & 0xf]);
    }

    private static void AppendDigits(StringBuilder text, ulong value)
    {
        var digits = new char[20];
        var start = digits.Length;
        do
        {
            digits[--start] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value != 0);
        for (var i = start; i < digits.Length; i++)
            text.Append(digits[i]);
    }
}
