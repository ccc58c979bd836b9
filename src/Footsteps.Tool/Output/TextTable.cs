using System.Text;

namespace FootstepsBuild.Tool.Output;

/// <summary>Columns padded to their widest cell, two spaces apart; the last column is never padded.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers)
    {
        _headers = headers;
    }

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var all = new[] { _headers }.Concat(_rows).ToList();
        var widths = Enumerable.Range(0, _headers.Length).Select(c => all.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            for (var c = 0; c < row.Length; c++)
                text.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            text.Append('\n');
        }
        return text.ToString();
    }
}
