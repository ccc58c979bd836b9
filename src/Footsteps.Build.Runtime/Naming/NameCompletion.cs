using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FootstepsBuild.Runtime.Naming;

/// <summary>Tab completion for run names: the folders already under the output root.</summary>
internal sealed class NameCompletion
{
    private const int MaxDepth = 4;
    private const int MaxCandidates = 10_000;

    private readonly List<string> _names;

    public NameCompletion(IEnumerable<string> names)
    {
        _names = names.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every folder under <paramref name="outputRoot"/>, '/' separated, nested ones with a trailing '/' parent listed too.</summary>
    public static NameCompletion FromOutputRoot(string outputRoot)
    {
        var names = new List<string>();
        try
        {
            if (Directory.Exists(outputRoot))
                Collect(outputRoot, "", 1, names);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Completion is a convenience: an unreadable folder just offers fewer names.
        }
        return new NameCompletion(names);
    }

    public IReadOnlyList<string> CandidatesFor(string prefix) =>
        _names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>The longest text every candidate for <paramref name="prefix"/> starts with.</summary>
    public string Complete(string prefix)
    {
        var candidates = CandidatesFor(prefix);
        if (candidates.Count == 0)
            return prefix;
        var common = candidates[0];
        foreach (var candidate in candidates.Skip(1))
        {
            var length = 0;
            while (length < common.Length && length < candidate.Length && common[length] == candidate[length])
                length++;
            common = common.Substring(0, length);
        }
        return common.Length > prefix.Length ? common : prefix;
    }

    private static void Collect(string directory, string relative, int depth, List<string> names)
    {
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (names.Count >= MaxCandidates)
                return;
            var name = relative + Path.GetFileName(child);
            names.Add(name);
            if (depth < MaxDepth && !File.Exists(Path.Combine(child, "info.txt")))
                Collect(child, name + "/", depth + 1, names);
        }
    }
}
