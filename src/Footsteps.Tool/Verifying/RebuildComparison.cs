using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tool.Comparing;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>What the record says against what the rebuild embedded: the likely reasons two MVIDs differ.</summary>
internal static class RebuildComparison
{
    public const string Sdk = "SDK";
    public const string Sources = "Sources";
    public static readonly string[] Sections = { Sdk, RunComparison.Packages, RunComparison.Build, Sources };

    public static Differences Compare(LoadedRun run, BuildFacts rebuilt)
    {
        var record = run.Record;
        var differences = new Differences();
        differences.Value(Sdk, "version", record.Build.SdkVersion, rebuilt.SdkVersion);
        differences.Named(RunComparison.Packages, record.Packages.Select(p => (p.Name, p.Version)), rebuilt.Packages);
        differences.Value(RunComparison.Build, "configuration", record.Build.Configuration, rebuilt.Configuration);
        differences.Value(RunComparison.Build, "target framework", record.Build.TargetFramework, rebuilt.TargetFramework);
        differences.Value(RunComparison.Build, "runtime identifier", record.Build.RuntimeIdentifier, rebuilt.RuntimeIdentifier);
        differences.Value(Sources, "commit", record.Git.Commit, rebuilt.Commit);
        differences.Value(Sources, "branch", record.Git.Branch, rebuilt.Branch);
        differences.Value(Sources, "remote", record.Git.Remote, rebuilt.Remote);
        if (record.Git.Diff != rebuilt.Diff)
            differences.Note(Sources, "the uncommitted diff of the rebuilt tree is not the recorded one");
        differences.Value(Sources, "untracked files", string.Join(", ", record.Git.Untracked), string.Join(", ", rebuilt.Untracked));
        foreach (var (path, content) in rebuilt.Sources)
        {
            var copy = Path.Combine(run.Directory, path);
            if (!File.Exists(copy) || File.ReadAllText(copy) != content)
                differences.Note(Sources, $"{path}: the run directory's copy differs from what was rebuilt");
        }
        return differences;
    }
}
