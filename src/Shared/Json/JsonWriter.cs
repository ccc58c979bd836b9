using System.Text;

namespace FootstepsBuild.Shared.Json;

/// <summary>
/// A minimal JSON writer: objects, arrays, strings, numbers, booleans, null; optionally indented.
/// Both rooms need one without System.Text.Json: the task targets netstandard2.0 and must not ship
/// assemblies that could clash with MSBuild's, and the runtime writes info.json at launch, where
/// loading System.Text.Json alone costs about ten milliseconds.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private readonly bool _indented;
    private readonly bool _asciiOnly;
    private int _depth;
    private bool _needsComma;
    private bool _empty = true;

    /// <param name="indented">One member per line, two spaces per level: for files people read.</param>
    /// <param name="asciiOnly">Escape every non-ASCII character (\uXXXX), so a reader can take the bytes as they are, without decoding UTF-8.</param>
    public JsonWriter(bool indented = false, bool asciiOnly = false)
    {
        _indented = indented;
        _asciiOnly = asciiOnly;
    }

    public void BeginObject(string? name = null) => Open(name, '{');
    public void EndObject() => Close('}');
    public void BeginArray(string? name = null) => Open(name, '[');
    public void EndArray() => Close(']');

    public void String(string? name, string? value)
    {
        Name(name);
        if (value == null)
            _text.Append("null");
        else
            AppendString(value);
        _needsComma = true;
    }

    public void Boolean(string? name, bool value)
    {
        Name(name);
        _text.Append(value ? "true" : "false");
        _needsComma = true;
    }

    public void Number(string? name, long value)
    {
        Name(name);
        InvariantNumbers.Append(_text, value);
        _needsComma = true;
    }

    public void Number(string? name, long? value)
    {
        if (value == null)
            Null(name);
        else
            Number(name, value.Value);
    }

    public void Number(string? name, double? value)
    {
        Name(name);
        if (value == null)
            _text.Append("null");
        else
            InvariantNumbers.Append(_text, value.Value);
        _needsComma = true;
    }

    public void Null(string? name)
    {
        Name(name);
        _text.Append("null");
        _needsComma = true;
    }

    public override string ToString() => _text.ToString();

    private void Open(string? name, char bracket)
    {
        Name(name);
        _text.Append(bracket);
        _depth++;
        _needsComma = false;
        _empty = true;
    }

    private void Close(char bracket)
    {
        _depth--;
        if (!_empty)
            NewLine();
        _text.Append(bracket);
        _needsComma = true;
        _empty = false;
    }

    private void Name(string? name)
    {
        if (_needsComma)
            _text.Append(',');
        if (_depth > 0)
            NewLine();
        _empty = false;
        if (name == null)
            return;
        AppendString(name);
        _text.Append(_indented ? ": " : ":");
    }

    private void NewLine()
    {
        if (!_indented)
            return;
        // Not Append(' ', n): its vectorized fill is compiled at run time, a third of a
        // millisecond at every launch (our runtime writes info.json with this writer).
        _text.Append('\n');
        for (var level = 0; level < _depth; level++)
            _text.Append("  ");
    }

    private void AppendString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < 0x20 || _asciiOnly && c > 0x7e)
                    {
                        _text.Append("\\u");
                        InvariantNumbers.AppendHex4(_text, c);
                    }
                    else
                        _text.Append(c);
                    break;
            }
        }
        _text.Append('"');
    }
}
