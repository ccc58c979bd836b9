using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Naming;

/// <summary>
/// Turns what a user typed into a run name that is safe as a path under the output root.
/// Names may nest with '/' (sweep/lr0.1). A name can never leave the output root: absolute
/// paths, drive letters, '.' and '..' segments are refused. (No LINQ here or elsewhere on the
/// launch path: its generic code cannot be precompiled for our types and costs launch time.) Characters that some file systems
/// forbid are replaced, so a results folder can be copied to any machine.
/// </summary>
internal static class RunName
{
    /// <summary>Longest segment, in UTF-8 bytes: leaves room for a "-NNN" suffix under NAME_MAX (255).</summary>
    public const int MaxSegmentBytes = 100;

    /// <summary>Longest whole name, in characters.</summary>
    public const int MaxNameLength = 200;

    // An array searched in order: a set's first use costs the launch more than the search.
    private static readonly string[] WindowsDeviceNames =
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private const string ForbiddenOnSomeFileSystems = "<>:\"|?*";

    // C0 and C1 controls and DEL; a loop rather than MemoryExtensions, whose facade assembly the
    // launch would otherwise load for this alone.
    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c <= '\u001f' || (c >= '\u007f' && c <= '\u009f'))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Checks <paramref name="raw"/>. Returns the usable name ('/' separated; null when nothing
    /// usable is left) and, when it had to change or refuse something, why.
    /// </summary>
    public static (string? Name, string? Problem) Check(string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0)
            return (null, "the name is empty");

        var problems = new List<string>();
        if (HasControlCharacter(text))
        {
            problems.Add("control characters are not allowed");
            text = ReplaceEach(text, char.IsControl, '_');
        }

        text = text.Replace('\\', '/');
        if (text.StartsWith("/", StringComparison.Ordinal))
            problems.Add("a name cannot be an absolute path");
        if (text.Length >= 2 && char.IsLetter(text[0]) && text[1] == ':')
        {
            problems.Add("a name cannot start with a drive letter");
            text = text.Substring(2);
        }

        var segments = new List<string>();
        foreach (var rawSegment in text.Split('/'))
        {
            var segment = rawSegment.Trim();
            if (segment.Length == 0)
                continue;
            if (segment == "." || segment == "..")
            {
                problems.Add($"'{segment}' cannot be part of a name");
                continue;
            }
            segments.Add(CleanSegment(segment, problems));
        }

        var name = JoinNonEmpty(segments);
        if (name.Length > MaxNameLength)
        {
            problems.Add($"names are cut to {MaxNameLength} characters");
            name = CutToLength(name, MaxNameLength).TrimEnd('/', '.', ' ');
        }
        var distinct = new List<string>();
        foreach (var each in problems)
        {
            if (!distinct.Contains(each))
                distinct.Add(each);
        }
        var problem = distinct.Count > 0 ? string.Join("; ", distinct) : null;
        if (name.Length == 0)
            return (null, problem ?? "the name is empty");
        return (name, problem);
    }

    /// <summary>The name used when nobody gives one: the local time, sortable.</summary>
    public static string Automatic(DateTime now) => TimeText.SortableName(now);

    private static string CleanSegment(string segment, List<string> problems)
    {
        if (HasForbiddenCharacter(segment))
        {
            problems.Add($"the characters {ForbiddenOnSomeFileSystems} are replaced by '_'");
            segment = ReplaceEach(segment, c => ForbiddenOnSomeFileSystems.IndexOf(c) >= 0, '_');
        }
        if (segment.StartsWith("~", StringComparison.Ordinal))
        {
            // A folder named "~" invites a disastrous `rm -rf ~` later.
            problems.Add("a leading '~' is replaced by '_'");
            segment = "_" + segment.Substring(1);
        }
        var trimmed = segment.TrimEnd('.', ' ');
        if (trimmed.Length != segment.Length)
        {
            problems.Add("trailing dots and spaces are removed");
            segment = trimmed;
        }
        if (IsWindowsDeviceName(segment.Split('.')[0]))
        {
            problems.Add($"'{segment}' is a reserved device name on Windows; it becomes '_{segment}'");
            segment = "_" + segment;
        }
        if (Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes)
        {
            problems.Add($"each part of a name is cut to {MaxSegmentBytes} bytes");
            segment = CutToUtf8Bytes(segment, MaxSegmentBytes).TrimEnd('.', ' ');
        }
        return segment;
    }

    // A loop of IndexOf(char): IndexOfAny with this many characters is generic searcher code the
    // JIT compiles at its first use, on the launch path.
    private static bool HasForbiddenCharacter(string segment)
    {
        foreach (var c in segment)
        {
            if (ForbiddenOnSomeFileSystems.IndexOf(c) >= 0)
                return true;
        }
        return false;
    }

    private static bool IsWindowsDeviceName(string stem)
    {
        foreach (var device in WindowsDeviceNames)
        {
            if (AsciiCase.Equals(stem, device))
                return true;
        }
        return false;
    }

    private static string JoinNonEmpty(List<string> segments)
    {
        var name = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
                continue;
            if (name.Length > 0)
                name.Append('/');
            name.Append(segment);
        }
        return name.ToString();
    }

    private static string ReplaceEach(string text, Func<char, bool> replace, char replacement)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (replace(characters[i]))
                characters[i] = replacement;
        }
        return new string(characters);
    }

    private static string CutToUtf8Bytes(string text, int maxBytes)
    {
        var cut = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > maxBytes)
                break;
            cut.Append(element);
        }
        return cut.ToString();
    }

    private static string CutToLength(string text, int maxLength)
    {
        var cut = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && cut.Length + ((string)elements.Current).Length <= maxLength)
            cut.Append((string)elements.Current);
        return cut.ToString();
    }
}
