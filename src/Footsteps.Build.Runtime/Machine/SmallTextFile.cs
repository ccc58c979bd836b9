using System.IO;

namespace FootstepsRuntime.Machine;

/// <summary>
/// Reads the small ASCII files the launch looks at (/proc, .git/HEAD, refs) as bytes, widened to
/// text: File.ReadAllText's UTF-8 decoder costs the launch about a millisecond to set up, and
/// none of these files holds anything but ASCII where we look.
/// </summary>
internal static class SmallTextFile
{
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var characters = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
            characters[i] = (char)bytes[i];
        return new string(characters);
    }

    public static string[] ReadLines(string path) => Read(path).Split('\n');
}
