using System;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Finds the first line feed or carriage return in UTF-8 bytes, by hand: MemoryExtensions'
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
}
