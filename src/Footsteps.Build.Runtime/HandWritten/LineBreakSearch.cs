using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Finds line feeds and carriage returns in UTF-8 bytes, by hand: MemoryExtensions'
/// vectorized IndexOf lives, for a compiled program, in the System.Memory facade, whose load
/// (with the first use of its types) adds to every launch's memory (docs/benchmarks.md).
/// Console lines are short, so a plain loop costs next to nothing.
/// </summary>
internal static class LineBreakSearch
{
    /// <summary>The index of the first '\n' or '\r', or -1.</summary>
    public static int First(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b <= (byte)'\r' && (b == (byte)'\n' || b == (byte)'\r'))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The index just after the last '\n' that comes before any '\r' (0 if there is none): where
    /// the lines that need no terminal-like rewrite end.
    /// </summary>
    public static int EndOfLinesBeforeReturn(ReadOnlySpan<byte> bytes)
    {
        var end = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b <= (byte)'\r')
            {
                if (b == (byte)'\n')
                    end = i + 1;
                else if (b == (byte)'\r')
                    break;
            }
        }
        return end;
    }
}
