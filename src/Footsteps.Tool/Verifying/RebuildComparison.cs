using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tool.Comparing;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>What the record says against what the rebuild embedded: the likely reasons two MVIDs differ.</summary>
internal static class RebuildComparison
{
    public const string Sdk = "SDK";
    public const string Sources = "Sources";
    public static readonly string[] Sections = { Sdk, RunComparison.Packages, RunComparison.Build, Sources };

    /// <param name="original">The facts the run's own binary embedded, when it is still on disk.</param>
    public static Differences Compare(LoadedRun run, BuildFacts rebuilt, BuildFacts? original)
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
        if (original != null)
            CompareWithTheRunsBinary(differences, original, rebuilt);
        return differences;
    }

    // The run's own binary, when it is still on disk, embedded the very sources it was built
    // from: a file whose content differs from the rebuilt one's is named.
    private static void CompareWithTheRunsBinary(Differences differences, BuildFacts original, BuildFacts rebuilt)
    {
        var rebuiltSources = rebuilt.Sources.ToDictionary(s => s.Path, s => s.Content, StringComparer.Ordinal);
        foreach (var (path, content) in original.Sources)
        {
            if (!rebuiltSources.TryGetValue(path, out var rebuiltContent))
                differences.Note(Sources, $"{path}: the run's binary embedded it, the rebuild did not");
            else if (rebuiltContent != content)
                differences.Note(Sources, $"{path}: differs from the copy the run's binary embedded (the run directory's copy was changed?)");
        }
        var originalDiff = DiffFiles(original.Diff);
        var rebuiltDiff = DiffFiles(rebuilt.Diff);
        foreach (var path in originalDiff.Keys.Union(rebuiltDiff.Keys).Order(StringComparer.Ordinal))
        {
            if (originalDiff.GetValueOrDefault(path) != rebuiltDiff.GetValueOrDefault(path))
                differences.Note(Sources, $"{path}: its uncommitted change differs from the one the run's binary embedded");
        }
    }

    // Each file's section of a `git diff --no-renames`, by path.
    private static Dictionary<string, string> DiffFiles(string diff)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in diff.Split("\ndiff --git ").Where(s => s.Length > 0))
        {
            var section = part.StartsWith("diff --git ", StringComparison.Ordinal) ? part : "diff --git " + part;
            sections[DiffSections.PathOf(section, 0, section.Length) ?? section.Split('\n')[0]] = section;
        }
        return sections;
    }
}
