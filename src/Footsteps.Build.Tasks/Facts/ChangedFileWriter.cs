using System.IO;
using System.Text;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>Writes generated files only when their bytes change, so an unchanged state never recompiles.</summary>
internal static class ChangedFileWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <returns>true when the file was (re)written.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        if (File.Exists(path) && SameBytes(File.ReadAllBytes(path), bytes))
            return false;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Write beside and move, so a concurrent reader never sees half a file.
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        if (File.Exists(path))
            File.Delete(path);
        File.Move(temporary, path);
        return true;
    }

    private static bool SameBytes(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
}
