namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// The simple name and the version in an assembly's display name (Assembly.FullName, "exp,
/// Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"). Assembly.GetName() builds an
/// AssemblyName, a Version and the culture cache for the same two strings.
/// </summary>
internal static class AssemblyDisplayName
{
    private const string VersionKey = ", Version=";

    /// <summary>The simple name, its escapes (a backslash before ',', '=', quotes, '\') undone.</summary>
    public static string SimpleName(string fullName)
    {
        var name = new System.Text.StringBuilder(fullName.Length);
        var quoted = fullName.Length > 0 && fullName[0] == '"';
        for (var i = quoted ? 1 : 0; i < fullName.Length; i++)
        {
            var c = fullName[i];
            if (c == '\\' && i + 1 < fullName.Length)
                c = fullName[++i];
            else if (quoted ? c == '"' : c == ',')
                break;
            name.Append(c);
        }
        return name.ToString();
    }

    /// <summary>The simple name of <paramref name="assembly"/>; null without one.</summary>
    public static string? SimpleNameOf(System.Reflection.Assembly? assembly) =>
        assembly?.FullName is { } fullName ? SimpleName(fullName) : null;

    /// <summary>The version as written, null when the display name has none.</summary>
    public static string? Version(string fullName)
    {
        var start = fullName.IndexOf(VersionKey, System.StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += VersionKey.Length;
        var end = fullName.IndexOf(',', start);
        return end < 0 ? fullName.Substring(start) : fullName.Substring(start, end - start);
    }
}
