using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// A Guid as Guid.ToString() writes it ("D": 8-4-4-4-12 lower-case hex digits). Guid's own
/// formatter is vectorized code that ReadyToRun images leave to the JIT: about a millisecond
/// of compiling at every launch for one 36-character string.
/// </summary>
internal static class GuidText
{
    private const string HexDigits = "0123456789abcdef";

    // ToByteArray keeps the first three fields little-endian; "D" prints them big-endian.
    private static readonly int[] ByteOrder = { 3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15 };

    public static string Format(Guid guid)
    {
        var bytes = guid.ToByteArray();
        var text = new char[36];
        var position = 0;
        for (var i = 0; i < ByteOrder.Length; i++)
        {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                text[position++] = '-';
            var value = bytes[ByteOrder[i]];
            text[position++] = HexDigits[value >> 4];
            text[position++] = HexDigits[value & 0xF];
        }
        return new string(text);
    }
}
