using System.IO;
using System.Text;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Reads the small files the launch looks at (/proc, /etc/os-release, .git/HEAD, refs) as bytes,
/// widened to text when they are ASCII, as they nearly always are: File.ReadAllText's UTF-8
/// decoder costs the launch about a millisecond to set up. Anything else is decoded as UTF-8.
/// (UTF-8 cut by <see cref="ReadStart"/> ends in a replacement character.)
/// </summary>
internal static class SmallTextFile
{
    // Not File.ReadAllBytes: a /proc file says its length is 0, and for a file of unknown length
    // it rents from the shared array pool, whose setup costs the launch a few hundred microseconds.
    public static string Read(string path) => ReadStart(path, int.MaxValue);

    public static string[] ReadLines(string path) => Read(path).Split('\n');

    /// <summary>The first <paramref name="maxBytes"/> of a file (or all of a shorter one), as <see cref="Read"/> reads it.</summary>
    public static string ReadStart(string path, int maxBytes)
    {
        var bytes = new byte[(int)System.Math.Min(maxBytes, FirstReadBytes)];
        var count = 0;
        // A handle, not a FileStream: no stream machinery for a read or two (the files here are small).
        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            int read;
            while (count < maxBytes && (read = RandomAccess.Read(file, new System.Span<byte>(bytes, count, bytes.Length - count), count)) > 0)
            {
                count += read;
                if (count == bytes.Length && count < maxBytes)
                    System.Array.Resize(ref bytes, (int)System.Math.Min(maxBytes, 2L * bytes.Length));
            }
        }
        System.Array.Resize(ref bytes, count);
        return Widen(bytes);
    }

    private const int FirstReadBytes = 4096;

    private static string Widen(byte[] bytes)
    {
        var characters = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
                return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            characters[i] = (char)bytes[i];
        }
        return new string(characters);
    }
}
