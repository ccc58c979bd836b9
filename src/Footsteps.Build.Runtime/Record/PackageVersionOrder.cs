using System;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// NuGet's order of versions, as far as folder names in a packages folder need it: numeric
/// parts compared as numbers, a release above its prereleases, prerelease labels part by part
/// (numeric parts as numbers, below text parts).
/// </summary>
internal static class PackageVersionOrder
{
    public static int Compare(string a, string b)
    {
        var (releaseA, labelA) = Split(a);
        var (releaseB, labelB) = Split(b);
        var byRelease = CompareParts(releaseA.Split('.'), releaseB.Split('.'), padWithZero: true);
        if (byRelease != 0)
            return byRelease;
        if (labelA == null || labelB == null)
            return labelA == null ? (labelB == null ? 0 : 1) : -1;
        return CompareParts(labelA.Split('.'), labelB.Split('.'), padWithZero: false);
    }

    // "1.2.3-beta.1+abc" → ("1.2.3", "beta.1"); build metadata does not order.
    private static (string Release, string? Label) Split(string version)
    {
        var plus = version.IndexOf('+');
        if (plus >= 0)
            version = version.Substring(0, plus);
        var dash = version.IndexOf('-');
        return dash < 0 ? (version, null) : (version.Substring(0, dash), version.Substring(dash + 1));
    }

    private static int CompareParts(string[] a, string[] b, bool padWithZero)
    {
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i >= a.Length || i >= b.Length)
            {
                if (!padWithZero)
                    return i >= a.Length ? -1 : 1;
                var rest = i >= a.Length ? b[i] : a[i];
                if (long.TryParse(rest, out var number) && number == 0)
                    continue;
                return i >= a.Length ? -1 : 1;
            }
            var byPart = ComparePart(a[i], b[i]);
            if (byPart != 0)
                return byPart;
        }
        return 0;
    }

    private static int ComparePart(string a, string b)
    {
        var aIsNumber = long.TryParse(a, out var aNumber);
        var bIsNumber = long.TryParse(b, out var bNumber);
        if (aIsNumber && bIsNumber)
            return aNumber.CompareTo(bNumber);
        if (aIsNumber != bIsNumber)
            return aIsNumber ? -1 : 1;
        return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
