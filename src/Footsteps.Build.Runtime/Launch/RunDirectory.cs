using System;
using System.IO;
using FootstepsBuild.Runtime.Record;
using Microsoft.Win32.SafeHandles;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// A run's own directory, claimed so that no two runs ever share one and no result is ever
/// overwritten: results/name, else name-1, name-2… The claim is creating info.txt with
/// FileMode.CreateNew, which exactly one process can win; Directory.CreateDirectory alone
/// cannot be the lock, since it succeeds on an existing directory.
/// </summary>
internal sealed class RunDirectory : IDisposable
{
    private readonly object _infoTxtGate = new();
    private readonly SafeFileHandle _infoTxt;
    private long _infoTxtLength;

    private RunDirectory(string name, string fullPath, SafeFileHandle infoTxt)
    {
        Name = name;
        FullPath = fullPath;
        _infoTxt = infoTxt;
    }

    /// <summary>The claimed name under the output root ('/' separated), maybe with a suffix.</summary>
    public string Name { get; }

    /// <summary>Absolute path, without a trailing separator.</summary>
    public string FullPath { get; }

    /// <summary>Adds <paramref name="text"/> at the end of info.txt (the claimed file, empty until the first call).</summary>
    public void Append(string text)
    {
        lock (_infoTxtGate)
            _infoTxtLength = RunFile.WriteAt(_infoTxt, _infoTxtLength, text);
    }

    public const string InfoTxtName = "info.txt";

    /// <exception cref="OutputRootUnusableException">The output root cannot be created or written.</exception>
    public static RunDirectory Claim(string outputRoot, string name)
    {
        for (var suffix = FirstPossiblyFree(outputRoot, name); ; suffix++)
        {
            var candidate = Candidate(name, suffix);
            var directory = Path.GetFullPath(Path.Combine(outputRoot, candidate));
            // One stat skips a taken name.
            if (File.Exists(Path.Combine(directory, InfoTxtName)))
                continue;
            try
            {
                var existed = Directory.Exists(directory);
                Directory.CreateDirectory(directory);
                // A folder someone filled by hand is not ours to write into (one we just made is empty).
                if (existed)
                {
                    using var entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
                    if (entries.MoveNext())
                        continue;
                }
                var infoTxt = RunFile.Open(Path.Combine(directory, InfoTxtName), FileMode.CreateNew);
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

    public void Dispose() => _infoTxt.Dispose();

    // Concatenated, not interpolated: an interpolated number sets up the shared character pool,
    // 36 framework types that a launch otherwise never loads (docs/benchmarks.md).
    private static string Candidate(string name, int suffix) => suffix == 0 ? name : name + "-" + suffix.ToString();

    private static bool Taken(string outputRoot, string name, int suffix) =>
        File.Exists(Path.Combine(outputRoot, Candidate(name, suffix), InfoTxtName));

    /// <summary>
    /// Where to start claiming: suffixes are taken in order, so gallop (1, 2, 4, 8…) to a free
    /// one and search back for the first: a sweep's thousandth launch with one name costs about
    /// twenty stat calls, not a thousand. Only a hint: the claim itself still checks each name.
    /// </summary>
    private static int FirstPossiblyFree(string outputRoot, string name)
    {
        if (!Taken(outputRoot, name, 0))
            return 0;
        var taken = 0;
        var free = 1;
        while (Taken(outputRoot, name, free))
        {
            taken = free;
            free = free > int.MaxValue / 2 ? int.MaxValue : free * 2;
        }
        while (free - taken > 1)
        {
            var middle = taken + (free - taken) / 2;
            if (Taken(outputRoot, name, middle))
                taken = middle;
            else
                free = middle;
        }
        return free;
    }
}
