using System;
using System.Text;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// The two spellings of a time the launch writes, digits by hand: DateTime.ToString with
/// CultureInfo.InvariantCulture sets up the culture data, which on Linux loads ICU (about 7 ms
/// of a launch, docs/benchmarks.md), and without a culture a custom format would take the
/// current culture's calendar.
/// </summary>
internal static class TimeText
{
    /// <summary>What <c>ToString("O")</c> gives for a UTC time: <c>2026-12-02T02:10:33.1234567Z</c>.</summary>
    public static string RoundTripUtc(DateTime utc)
    {
        var text = new StringBuilder(28);
        Date(text, utc, '-');
        text.Append('T');
        Clock(text, utc, ':');
        text.Append('.');
        Digits(text, (int)(utc.Ticks % TimeSpan.TicksPerSecond), 7);
        return text.Append('Z').ToString();
    }

    /// <summary>What <c>ToString("yyyy-MM-dd_HH-mm-ss")</c> gives: a sortable name for a run.</summary>
    public static string SortableName(DateTime time)
    {
        var text = new StringBuilder(19);
        Date(text, time, '-');
        text.Append('_');
        Clock(text, time, '-');
        return text.ToString();
    }

    private static void Date(StringBuilder text, DateTime time, char separator)
    {
        Digits(text, time.Year, 4);
        Digits(text.Append(separator), time.Month, 2);
        Digits(text.Append(separator), time.Day, 2);
    }

    private static void Clock(StringBuilder text, DateTime time, char separator)
    {
        Digits(text, time.Hour, 2);
        Digits(text.Append(separator), time.Minute, 2);
        Digits(text.Append(separator), time.Second, 2);
    }

    private static void Digits(StringBuilder text, int value, int width)
    {
        var divisor = 1;
        for (var i = 1; i < width; i++)
            divisor *= 10;
        for (; divisor > 0; divisor /= 10)
            text.Append((char)('0' + value / divisor % 10));
    }
}
