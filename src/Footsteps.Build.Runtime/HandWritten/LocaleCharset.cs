using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Whether the console writes UTF-8 on Unix, read from the locale variables as .NET's console
/// reads them (the first set of LC_ALL, LC_MESSAGES and LANG; its charset between '.' and '@';
/// none means UTF-8), without asking <c>Console.OutputEncoding</c>: that getter looks the
/// charset up by name in the encoding table, whose case-insensitive compare loads ICU, about
/// 7 ms of every launch (docs/benchmarks.md). A charset spelled other than UTF-8 or UTF8 is left
/// to the console (null): only it knows every name and alias.
/// </summary>
internal static class LocaleCharset
{
    private static readonly string[] LocaleVariables = { "LC_ALL", "LC_MESSAGES", "LANG" };

    /// <summary>True when the locale names UTF-8 or no charset; null when it names another, for the console to resolve.</summary>
    public static bool? IsUtf8(Func<string, string?> environment)
    {
        var charset = Charset(environment);
        if (charset == null)
            return true;
        return IsUtf8Name(charset) ? true : null;
    }

    /// <summary>The charset of the first locale variable set, as in <c>language_territory.charset@modifier</c>; null when it names none.</summary>
    private static string? Charset(Func<string, string?> environment)
    {
        string? locale = null;
        foreach (var variable in LocaleVariables)
        {
            locale = environment(variable);
            if (!string.IsNullOrWhiteSpace(locale))
                break;
        }
        if (locale == null)
            return null;
        var dot = locale.IndexOf('.');
        if (dot < 0)
            return null;
        var at = locale.IndexOf('@', dot + 1);
        var end = at < 0 ? locale.Length : at;
        return end - dot - 1 <= 0 ? null : locale.Substring(dot + 1, end - dot - 1);
    }

    private static bool IsUtf8Name(string charset) => AsciiCase.Equals(charset, "UTF-8") || AsciiCase.Equals(charset, "UTF8");
}
