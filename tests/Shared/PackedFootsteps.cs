namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// The Footsteps.Build nupkg, packed once per test run from this checkout into a private feed,
/// with a private NuGet cache so a repack is never shadowed by a cached 0.1.0.
/// </summary>
public sealed class PackedFootsteps
{
    public const string Version = "0.1.0";

    private static readonly Lazy<PackedFootsteps> Shared = new(() => new PackedFootsteps(), LazyThreadSafetyMode.ExecutionAndPublication);

    private const string RootPrefix = "footsteps-e2e-";

    // A root older than this belongs to no test run still going (a whole run takes minutes).
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(12);

    private PackedFootsteps()
    {
        DeleteAbandonedRoots();
        Root = Path.Combine(Path.GetTempPath(), RootPrefix + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        PackagesCache = Path.Combine(Root, "nuget-packages");
        Pack(Path.Combine("src", "Footsteps.Build.Runtime", "Footsteps.Build.Runtime.csproj"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Root);
    }

    public static PackedFootsteps Instance => Shared.Value;

    /// <summary>Packs a project of this checkout (Release, already restored) into the feed.</summary>
    public void Pack(string projectPath)
    {
        var result = CrossProcessLock.Hold("pack", () => ProcessRunner.Run("dotnet",
            new[] { "pack", Path.Combine(RepositoryRoot, projectPath),
                    "-c", "Release", "-o", Feed, "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false" },
            RepositoryRoot));
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"Packing {projectPath} failed: " + result);
    }

    /// <summary>Holds every consumer project of this test run, beside the feed.</summary>
    public string Root { get; }
    public string Feed { get; }
    public string PackagesCache { get; }

    /// <summary>The packed Footsteps.Build nupkg.</summary>
    public string PackagePath => Path.Combine(Feed, $"Footsteps.Build.{Version}.nupkg");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Footsteps.Build.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Footsteps.Build.sln not found above " + AppContext.BaseDirectory);
    }

    // The delete at ProcessExit does not always finish: a full run's root holds a gigabyte (the
    // consumers and their NuGet cache), and the test host can be ended while it is being deleted.
    // What such runs left behind is deleted here, so a developer's temp folder does not grow with
    // every run.
    private static void DeleteAbandonedRoots()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), RootPrefix + "*"))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) > AbandonedAfter)
                TryDelete(directory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
