using System.Runtime.CompilerServices;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// The line output.log holds where its middle was cut, as UTF-8 bytes, built by hand: it is
/// first needed late in a run that prints much, where a framework method called for the first
/// time holds back the runtime's optimization of the program's own code for another 100 ms
/// (docs/design.md, "output.log").
/// </summary>
internal static class CutMarker
{
    // The sizes are Caps.OutputLogHeadBytes and Caps.OutputLogTailBytes in MiB (a test holds them to it).
    private const string Before = "\n[Footsteps: output.log keeps the first 1 MiB and the last 1 MiB of the output; ";
    private const string After = " bytes were cut here. The console had everything.]\n";

    // The count is right-aligned in a fixed width, so the marker keeps its length as the count
    // grows and the tail after it is rewritten in place.
    private const int CountWidth = 14;

    /// <summary>The marker for <paramref name="cutBytes"/> (not negative) bytes cut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static byte[] Bytes(long cutBytes)
    {
        var digits = 1;
        for (var rest = cutBytes / 10; rest > 0; rest /= 10)
            digits++;
        var width = digits > CountWidth ? digits : CountWidth;
        var bytes = new byte[Before.Length + width + After.Length];
        for (var i = 0; i < Before.Length; i++)
            bytes[i] = (byte)Before[i];
        for (var i = 0; i < width - digits; i++)
            bytes[Before.Length + i] = (byte)' ';
        for (var at = Before.Length + width - 1; at >= Before.Length + width - digits; at--)
        {
            bytes[at] = (byte)('0' + (int)(cutBytes % 10));
            cutBytes /= 10;
        }
        for (var i = 0; i < After.Length; i++)
            bytes[Before.Length + width + i] = (byte)After[i];
        return bytes;
    }
}
