using System.Collections.Generic;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Sorts a few strings in ordinal order, by hand: List.Sort's first use creates its generic sort
/// helper by reflection, about 1 ms of every launch (info.json's environment names are sorted;
/// docs/benchmarks.md). An insertion sort of a dozen names costs nothing.
/// </summary>
internal static class OrdinalSort
{
    public static void Sort(List<string> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && Compare(items[j], item) > 0; j--)
                items[j + 1] = items[j];
            items[j + 1] = item;
        }
    }

    /// <summary>What string.CompareOrdinal orders by (UTF-16 code units), as a sign.</summary>
    public static int Compare(string a, string b)
    {
        var length = a.Length < b.Length ? a.Length : b.Length;
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
                return a[i] < b[i] ? -1 : 1;
        }
        return a.Length == b.Length ? 0 : a.Length < b.Length ? -1 : 1;
    }
}
