using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Writes the run's files through a file handle, a whole text in one system call: a FileStream
/// (its strategy and buffer types), a StreamWriter, and the array pool that File.WriteAllText
/// rents from for a text of more than a few kilobytes are machinery a program seldom sets up
/// itself, and each launch would pay for it (docs/benchmarks.md, "The launch path").
/// </summary>
internal static class RunFile
{
    /// <summary>Opens <paramref name="path"/> for writing as <paramref name="mode"/> says; others may read it meanwhile.</summary>
    public static SafeFileHandle Open(string path, FileMode mode) => File.OpenHandle(path, mode, FileAccess.Write, FileShare.Read);

    /// <summary>Creates or replaces <paramref name="path"/> with <paramref name="text"/> as UTF-8.</summary>
    public static void Write(string path, string text)
    {
        using var file = Open(path, FileMode.Create);
        WriteAt(file, 0, text);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 at <paramref name="offset"/>; returns the offset after it.</summary>
    public static long WriteAt(SafeFileHandle file, long offset, string text) => WriteAt(file, offset, Encoding.UTF8.GetBytes(text));

    /// <inheritdoc cref="WriteAt(SafeFileHandle, long, string)"/>
    public static long WriteAt(SafeFileHandle file, long offset, System.ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(file, bytes, offset);
        return offset + bytes.Length;
    }
}
