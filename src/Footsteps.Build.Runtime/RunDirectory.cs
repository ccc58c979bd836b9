using System;
using System.IO;

namespace FootstepsRuntime;

/// <summary>
/// A run's own directory, claimed so that no two runs ever share one and no result is ever
/// overwritten: results/name, else name-1, name-2… The claim is creating info.txt with
/// FileMode.CreateNew, which exactly one process can win; Directory.CreateDirectory alone
/// cannot be the lock, since it succeeds on an existing directory.
/// </summary>
internal sealed class RunDirectory : IDisposable
{
    private RunDirectory(string name, string fullPath, FileStream infoTxt)
    {
        Name = name;
        FullPath = fullPath;
        InfoTxt = infoTxt;
    }

    /// <summary>The claimed name under the output root ('/' separated), maybe with a suffix.</summary>
    public string Name { get; }

    /// <summary>Absolute path, without a trailing separator.</summary>
    public string FullPath { get; }

    /// <summary>The claimed, empty info.txt, open for writing.</summary>
    public FileStream InfoTxt { get; }

    public const string InfoTxtName = "info.txt";

    /// <exception cref="OutputRootUnusableException">The output root cannot be created or written.</exception>
    public static RunDirectory Claim(string outputRoot, string name)
    {
        for (var suffix = 0; ; suffix++)
        {
            var candidate = suffix == 0 ? name : $"{name}-{suffix}";
            var directory = Path.GetFullPath(Path.Combine(outputRoot, candidate));
            // One stat skips a taken name: a sweep's hundredth launch must not pay for a hundred claims.
            if (File.Exists(Path.Combine(directory, InfoTxtName)))
                continue;
            try
            {
                Directory.CreateDirectory(directory);
                // A folder someone filled by hand is not ours to write into.
                using (var entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator())
                {
                    if (entries.MoveNext())
                        continue;
                }
                var infoTxt = new FileStream(Path.Combine(directory, InfoTxtName), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                return new RunDirectory(candidate, directory, infoTxt);
            }
            catch (IOException) when (File.Exists(Path.Combine(directory, InfoTxtName)))
            {
                // Another run won this name between our two steps: try the next suffix.
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
            {
                throw new OutputRootUnusableException(outputRoot, directory, e);
            }
        }
    }

    public void Dispose() => InfoTxt.Dispose();
}
