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
    public static string Read(string path) => Widen(File.ReadAllBytes(path));

    public static string[] ReadLines(string path) => Read(path).Split('\n');

    /// <summary>The first <paramref name="maxBytes"/> of a file (or all of a shorter one), as <see cref="Read"/> reads it.</summary>
    public static string ReadStart(string path, int maxBytes)
    {
        var bytes = new byte[maxBytes];
        var count = 0;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1))
        {
            int read;
            while (count < maxBytes && (read = file.Read(bytes, count, maxBytes - count)) > 0)
                count += read;
        }
        System.Array.Resize(ref bytes, count);
        return Widen(bytes);
    }

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
