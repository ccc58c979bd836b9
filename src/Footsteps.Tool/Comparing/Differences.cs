using System.Text;

namespace FootstepsBuild.Tool.Comparing;

/// <summary>What differs between two runs (or a run and its rebuild), section by section, as readable lines.</summary>
internal sealed class Differences
{
    private readonly List<(string Section, string Line)> _lines = new();

    public bool Any => _lines.Count > 0;

    public void Value(string section, string label, string? a, string? b)
    {
        if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            _lines.Add((section, $"{label}: {Shown(a)} -> {Shown(b)}"));
    }

    /// <summary>Named values compared as sets: added, removed, changed.</summary>
    public void Named(string section, IEnumerable<(string Name, string Value)> a, IEnumerable<(string Name, string Value)> b)
    {
        var before = a.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var after = b.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var name in before.Keys.Union(after.Keys).OrderBy(n => n, StringComparer.Ordinal))
        {
            var inBefore = before.TryGetValue(name, out var was);
            var inAfter = after.TryGetValue(name, out var now);
            if (!inAfter)
                _lines.Add((section, $"- {name} {was}"));
            else if (!inBefore)
                _lines.Add((section, $"+ {name} {now}"));
            else if (!string.Equals(was, now, StringComparison.Ordinal))
                _lines.Add((section, $"{name}: {was} -> {now}"));
        }
    }

    public void Note(string section, string line) => _lines.Add((section, line));

    /// <summary>Each section with its lines, or "same"; sections listed even when nothing differs.</summary>
    public string Render(IEnumerable<string> sections)
    {
        var text = new StringBuilder();
        foreach (var section in sections)
        {
            var lines = _lines.Where(l => l.Section == section).Select(l => l.Line).ToList();
            text.Append(section).Append(':').Append(lines.Count == 0 ? " same\n" : "\n");
            foreach (var line in lines)
                text.Append("  ").Append(line.Replace("\n", "\n  ")).Append('\n');
        }
        return text.ToString();
    }

    private static string Shown(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value;
}
