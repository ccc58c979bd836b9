using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using Names = FootstepsRuntime.Record.BuildFactsNames;

namespace FootstepsRuntime.Record;

/// <summary>
/// The facts the build embedded in a program: git state, untracked sources, packages and the
/// build configuration. Read once at launch from the assembly's manifest resource.
/// </summary>
internal sealed record BuildFacts
{
    public bool AutoStart { get; init; } = true;
    public string OutputRoot { get; init; } = "results";

    /// <summary>Why there are no (or partial) build facts, for the record; null when complete.</summary>
    public string? Problem { get; init; }

    public string? Configuration { get; init; }
    public string? TargetFramework { get; init; }
    public string? RuntimeIdentifier { get; init; }
    public string? SdkVersion { get; init; }
    public string? ProjectPath { get; init; }

    public string? Commit { get; init; }
    public string? Describe { get; init; }
    public string? Branch { get; init; }
    public string? Remote { get; init; }
    public string? WebLink { get; init; }
    public string Diff { get; init; } = "";
    public bool DiffTruncated { get; init; }
    public IReadOnlyList<string> Untracked { get; init; } = new List<string>();
    public int UntrackedCount { get; init; }

    public IReadOnlyList<(string Path, string Content)> Sources { get; init; } = new List<(string, string)>();
    public IReadOnlyList<(string Path, string Reason)> SourcesSkipped { get; init; } = new List<(string, string)>();
    public IReadOnlyList<(string Name, string Version)> Packages { get; init; } = new List<(string, string)>();

    /// <summary>The project's sources, repository-relative: what the stale-binary check looks at.</summary>
    public IReadOnlyList<string> SourcePaths { get; init; } = new List<string>();

    /// <summary>"build" when the git facts were embedded by the build; "run" when collected at launch.</summary>
    public string CollectedAt { get; init; } = "build";

    public static BuildFacts Missing(string why) => new() { Problem = why };

    /// <summary>The facts embedded in <paramref name="assembly"/>, or a record of their absence.</summary>
    public static BuildFacts From(Assembly? assembly)
    {
        using var stream = assembly?.GetManifestResourceStream(Names.ResourceName);
        if (stream == null)
            return Missing("this program carries no build facts (it was not built with the Footsteps.Build package targets).");
        try
        {
            return Parse(stream);
        }
        catch (JsonException e)
        {
            return Missing("the embedded build facts could not be read: " + e.Message);
        }
    }

    public static BuildFacts Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var schema = root.GetProperty(Names.Schema).GetInt32();
        if (schema > Names.CurrentSchema)
            return Missing($"the build facts use schema {schema}, newer than this runtime reads ({Names.CurrentSchema}).");

        var build = root.GetProperty(Names.Build);
        var git = root.GetProperty(Names.Git);
        return new BuildFacts
        {
            AutoStart = root.GetProperty(Names.AutoStart).GetBoolean(),
            OutputRoot = root.GetProperty(Names.OutputRoot).GetString() ?? "results",
            Problem = git.TryGetProperty(Names.Problem, out var problem)
                ? $"{problem.GetProperty(Names.Code).GetString()}: {problem.GetProperty(Names.Message).GetString()}"
                : null,
            Configuration = build.GetProperty(Names.Configuration).GetString(),
            TargetFramework = build.GetProperty(Names.TargetFramework).GetString(),
            RuntimeIdentifier = build.GetProperty(Names.RuntimeIdentifier).GetString(),
            SdkVersion = build.GetProperty(Names.SdkVersion).GetString(),
            ProjectPath = build.GetProperty(Names.ProjectPath).GetString(),
            Commit = git.GetProperty(Names.Commit).GetString(),
            Describe = git.GetProperty(Names.Describe).GetString(),
            Branch = git.GetProperty(Names.Branch).GetString(),
            Remote = git.GetProperty(Names.Remote).GetString(),
            WebLink = git.GetProperty(Names.WebLink).GetString(),
            Diff = git.GetProperty(Names.Diff).GetString() ?? "",
            DiffTruncated = git.GetProperty(Names.DiffTruncated).GetBoolean(),
            UntrackedCount = git.GetProperty(Names.UntrackedCount).GetInt32(),
            Untracked = Strings(git.GetProperty(Names.Untracked)),
            Sources = Pairs(root.GetProperty(Names.Sources), Names.Path, Names.Content),
            SourcesSkipped = Pairs(root.GetProperty(Names.SourcesSkipped), Names.Path, Names.Reason),
            Packages = Pairs(root.GetProperty(Names.Packages), Names.Name, Names.Version),
            CollectedAt = git.TryGetProperty(Names.CollectedAt, out var collectedAt) ? collectedAt.GetString() ?? "build" : "build",
            SourcePaths = root.TryGetProperty(Names.SourcePaths, out var paths) ? Strings(paths) : new List<string>(),
        };
    }

    private static List<string> Strings(JsonElement array)
    {
        var values = new List<string>();
        foreach (var item in array.EnumerateArray())
            values.Add(item.GetString() ?? "");
        return values;
    }

    private static List<(string, string)> Pairs(JsonElement array, string first, string second)
    {
        var pairs = new List<(string, string)>();
        foreach (var item in array.EnumerateArray())
            pairs.Add((item.GetProperty(first).GetString() ?? "", item.GetProperty(second).GetString() ?? ""));
        return pairs;
    }
}
