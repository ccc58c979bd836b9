using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>Reads an embedded resource that holds ASCII text (the build facts) without a decoder.</summary>
internal static class AsciiResource
{
    // The build writes the facts as ASCII-only JSON (\uXXXX for the rest), and a manifest
    // resource is already in memory: widening its bytes in place skips both the Stream machinery
    // and the UTF-8 decoder, whose first uses cost the launch almost 2 ms.
    public static unsafe string ReadText(Stream json)
    {
        if (json is UnmanagedMemoryStream memory)
        {
            var length = checked((int)(memory.Length - memory.Position));
            var bytes = memory.PositionPointer;
            var text = new string('\0', length);
            fixed (char* characters = text)
            {
                for (var i = 0; i < length; i++)
                    characters[i] = (char)bytes[i];
            }
            return text;
        }
        return Decoded(json);
    }

    // Apart, and never inlined: a precompiled method loads every type it names when first called,
    // and the reader's types are needed only for a resource that is not in memory.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Decoded(Stream json)
    {
        using var reader = new StreamReader(json, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
