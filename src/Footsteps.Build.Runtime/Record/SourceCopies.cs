using System;
using System.IO;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Copies the untracked sources the build embedded into the run directory, at their
/// repository-relative paths: the code no commit holds, beside the results it produced.
/// </summary>
internal static class SourceCopies
{
    public static void Write(string runDirectory, BuildFacts build)
    {
        foreach (var (path, content) in build.Sources)
            Copy(runDirectory, path, content);
    }

    private static void Copy(string runDirectory, string repositoryPath, string content)
    {
        var target = Path.GetFullPath(Path.Combine(runDirectory, repositoryPath));
        // The path came from git, but a record must never write outside its own directory.
        if (!target.StartsWith(runDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        RunFile.Write(target, content);
    }
}
