using System.Text;
using FootstepsBuild.Shared.Json;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// The line output.log holds where its middle was cut, as UTF-8 bytes, without an interpolated
/// string: it is first needed late in a run that prints much, where a framework method called
/// for the first time (the interpolation's alignment is a generic one, JIT-compiled then) holds
/// back the runtime's optimization of the program's own code for another 100 ms (docs/design.md,
/// "output.log"). What it calls, info.json's writer has called at launch.
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
    public static byte[] Bytes(long cutBytes)
    {
        var count = new StringBuilder(CountWidth);
        InvariantNumbers.Append(count, cutBytes);
        var text = new StringBuilder(Before.Length + CountWidth + After.Length).Append(Before);
        for (var width = count.Length; width < CountWidth; width++)
            text.Append(' ');
        return Encoding.UTF8.GetBytes(text.Append(count.ToString()).Append(After).ToString());
    }
}
