using System.Globalization;
using System.Text;

namespace Footsteps.Build.Tasks.Facts;

/// <summary>
/// A minimal JSON writer: netstandard2.0 has no System.Text.Json, and a task must not ship
/// dependencies that could clash with MSBuild's own copies.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private bool _needsComma;

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

    public void Boolean(string name, bool value)
    {
        Name(name);
        _text.Append(value ? "true" : "false");
        _needsComma = true;
    }

    public void Number(string name, long value)
    {
        Name(name);
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
    }

    public override string ToString() => _text.ToString();

    private void Open(string? name, char bracket)
    {
        Name(name);
        _text.Append(bracket);
        _needsComma = false;
    }

    private void Close(char bracket)
    {
        _text.Append(bracket);
        _needsComma = true;
    }

    private void Name(string? name)
    {
        if (_needsComma)
            _text.Append(',');
        if (name == null)
            return;
        AppendString(name);
        _text.Append(':');
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
                    if (c < 0x20)
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        _text.Append(c);
                    break;
            }
        }
        _text.Append('"');
    }
}
