using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Parses the small JSON documents Footsteps embeds, into dictionaries, lists, strings, longs,
/// doubles, booleans and null. Used at launch instead of System.Text.Json, whose first use costs
/// about ten milliseconds: more than the whole launch budget.
/// </summary>
internal sealed class JsonText
{
    private readonly string _text;
    private int _at;

    private JsonText(string text)
    {
        _text = text;
    }

    /// <exception cref="FormatException">Not JSON.</exception>
    public static object? Parse(string text)
    {
        var parser = new JsonText(text);
        var value = parser.Value();
        parser.SkipWhitespace();
        if (parser._at != text.Length)
            throw parser.Error("unexpected text after the value");
        return value;
    }

    private object? Value()
    {
        SkipWhitespace();
        if (_at >= _text.Length)
            throw Error("unexpected end");
        switch (_text[_at])
        {
            case '{': return Object();
            case '[': return Array();
            case '"': return String();
            case 't': return Literal("true", true);
            case 'f': return Literal("false", false);
            case 'n': return Literal("null", null);
            default: return Number();
        }
    }

    private Dictionary<string, object?> Object()
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        _at++;
        SkipWhitespace();
        if (Peek('}'))
            return members;
        while (true)
        {
            SkipWhitespace();
            var name = String();
            SkipWhitespace();
            Expect(':');
            members[name] = Value();
            SkipWhitespace();
            if (Peek('}'))
                return members;
            Expect(',');
        }
    }

    private List<object?> Array()
    {
        var items = new List<object?>();
        _at++;
        SkipWhitespace();
        if (Peek(']'))
            return items;
        while (true)
        {
            items.Add(Value());
            SkipWhitespace();
            if (Peek(']'))
                return items;
            Expect(',');
        }
    }

    private string String()
    {
        Expect('"');
        // Most strings hold no escapes: take them whole.
        var end = _at;
        while (end < _text.Length && _text[end] != '"' && _text[end] != '\\')
            end++;
        if (end < _text.Length && _text[end] == '"')
        {
            var plain = _text.Substring(_at, end - _at);
            _at = end + 1;
            return plain;
        }
        var text = new StringBuilder();
        while (_at < _text.Length)
        {
            var c = _text[_at++];
            if (c == '"')
                return text.ToString();
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (_at >= _text.Length)
                break;
            var escaped = _text[_at++];
            switch (escaped)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u':
                    if (_at + 4 > _text.Length)
                        throw Error("short \\u escape");
                    text.Append((char)HexValue(((ReadOnlySpan<char>)_text).Slice(_at, 4)));
                    _at += 4;
                    break;
                default: text.Append(escaped); break;
            }
        }
        throw Error("unterminated string");
    }

    private object Number()
    {
        var start = _at;
        while (_at < _text.Length && IsNumberCharacter(_text[_at]))
            _at++;
        var number = ((ReadOnlySpan<char>)_text).Slice(start, _at - start);
        if (number.Length == 0)
            throw Error("unexpected character");
        // The facts hold only integers, parsed by hand to keep the culture machinery out of the launch.
        if (AsciiInteger.TryParse(number, out var integer))
            return integer;
        return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // By hand, like the integers: the build writes every non-ASCII character as a \u escape.
    private int HexValue(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : throw Error("bad \\u escape");
            value = value * 16 + digit;
        }
        return value;
    }

    private static bool IsNumberCharacter(char c) =>
        (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';

    private object? Literal(string word, object? value)
    {
        // Character by character: string.CompareOrdinal's vectorized code is compiled at run time.
        for (var i = 0; i < word.Length; i++)
        {
            if (_at + i >= _text.Length || _text[_at + i] != word[i])
                throw Error("unexpected word");
        }
        _at += word.Length;
        return value;
    }

    private bool Peek(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }
        return false;
    }

    private void Expect(char c)
    {
        if (!Peek(c))
            throw Error($"expected '{c}'");
    }

    private void SkipWhitespace()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\n' or '\r' or '\t')
            _at++;
    }

    private FormatException Error(string what) => new($"Invalid JSON at character {_at}: {what}.");
}
