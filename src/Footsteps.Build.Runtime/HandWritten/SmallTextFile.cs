using System.IO;
using System.Text;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// Reads the small files the launch looks at (/proc, /etc/os-release, .git/HEAD, refs) as bytes,
/// widened to text when they are ASCII, as they nearly always are: File.ReadAllText's UTF-8
/// decoder costs the launch about a millisecond to set up. Anything else is decoded as UTF-8.
/// </summary>
internal static class SmallTextFile
{
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var characters = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
                return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            characters[i] = (char)bytes[i];
        }
        return new string(characters);
    }

    public static string[] ReadLines(string path) => Read(path).Split('\n');
}
