using System.Globalization;
using System.Text.RegularExpressions;

namespace FootstepsBuild.Tool.Output;

/// <summary>How times, durations, commits and diffs read in tables and summaries.</summary>
internal static partial class Formats
{
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Duration(double? seconds)
    {
        if (seconds == null)
            return "-";
        var span = TimeSpan.FromSeconds(seconds.Value);
        if (span.TotalMinutes < 1)
            return span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";
        if (span.TotalHours < 1)
            return $"{span.Minutes}m{span.Seconds:00}s";
        return $"{(int)span.TotalHours}h{span.Minutes:00}m";
    }

    public static string ShortCommit(string? commit) => commit == null ? "-" : commit[..Math.Min(commit.Length, 8)];

    /// <summary>The files a `git diff` touches, from its `diff --git a/X b/X` headers.</summary>
    public static IReadOnlyList<string> ChangedFiles(string diff) =>
        DiffHeader().Matches(diff).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"^diff --git a/.* b/(.*)$", RegexOptions.Multiline)]
    private static partial Regex DiffHeader();
}
