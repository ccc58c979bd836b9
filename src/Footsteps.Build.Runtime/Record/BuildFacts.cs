using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Facts;
using Names = FootstepsBuild.Shared.Facts.BuildFactsNames;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// The facts the build embedded in a program: git state, untracked sources, packages and the
/// build configuration. Read once at launch from the assembly's manifest resource.
/// </summary>
internal sealed record BuildFacts
{
    public bool AutoStart { get; init; } = true;
    public string OutputRoot { get; init; } = Defaults.OutputRoot;

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

    // Arrays, not lists: a list of tuples is a generic instantiation of its own (about fifteen
    // types to load at every launch), and a loop over an array needs no enumerator.
    public (string Path, string Content)[] Sources { get; init; } = [];
    public (string Path, string Reason)[] SourcesSkipped { get; init; } = [];
    public (string Name, string Version)[] Packages { get; init; } = [];

    /// <summary>The project's sources, repository-relative: what the stale-binary check looks at.</summary>
    public IReadOnlyList<string> SourcePaths { get; init; } = new List<string>();

    /// <summary>A script's source file, when the facts are a script's (F# Interactive); never embedded.</summary>
    public string? ScriptPath { get; init; }

    /// <summary>When the git facts were collected (<see cref="GitCollection"/>).</summary>
    public string CollectedAt { get; init; } = GitCollection.AtBuild;

    private static BuildFacts Missing(string why) => new() { Problem = why };

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
        catch (Exception e) when (e is FormatException || e is InvalidCastException || e is KeyNotFoundException)
        {
            return Missing("the embedded build facts could not be read: " + e.Message);
        }
    }

    /// <exception cref="FormatException">Not the facts document.</exception>
    public static BuildFacts Parse(Stream json)
    {
        var root = (Dictionary<string, object?>)JsonText.Parse(AsciiResource.ReadText(json))!;
        var schema = (long)root[Names.Schema]!;
        if (schema > Names.CurrentSchema)
            return Missing($"the build facts use schema {schema}, newer than this runtime reads ({Names.CurrentSchema}).");

        var build = (Dictionary<string, object?>)root[Names.Build]!;
        var git = (Dictionary<string, object?>)root[Names.Git]!;
        var problem = git.TryGetValue(Names.Problem, out var found) ? found as Dictionary<string, object?> : null;
        return new BuildFacts
        {
            AutoStart = (bool)root[Names.AutoStart]!,
            OutputRoot = Text(root, Names.OutputRoot) ?? Defaults.OutputRoot,
            Problem = problem == null ? null : $"{Text(problem, Names.Code)}: {Text(problem, Names.Message)}",
            Configuration = Text(build, Names.Configuration),
            TargetFramework = Text(build, Names.TargetFramework),
            RuntimeIdentifier = Text(build, Names.RuntimeIdentifier),
            SdkVersion = Text(build, Names.SdkVersion),
            ProjectPath = Text(build, Names.ProjectPath),
            Commit = Text(git, Names.Commit),
            Describe = Text(git, Names.Describe),
            Branch = Text(git, Names.Branch),
            Remote = Text(git, Names.Remote),
            WebLink = Text(git, Names.WebLink),
            Diff = Text(git, Names.Diff) ?? "",
            DiffTruncated = (bool)git[Names.DiffTruncated]!,
            UntrackedCount = (int)(long)git[Names.UntrackedCount]!,
            Untracked = Strings(git, Names.Untracked),
            CollectedAt = Text(git, Names.CollectedAt) ?? GitCollection.AtBuild,
            Sources = Pairs(root, Names.Sources, Names.Path, Names.Content),
            SourcesSkipped = Pairs(root, Names.SourcesSkipped, Names.Path, Names.Reason),
            Packages = Pairs(root, Names.Packages, Names.Name, Names.Version),
            SourcePaths = Strings(root, Names.SourcePaths),
        };
    }

    private static string? Text(Dictionary<string, object?> members, string name) =>
        members.TryGetValue(name, out var value) ? value as string : null;

    private static List<string> Strings(Dictionary<string, object?> members, string name)
    {
        var values = new List<string>();
        if (members.TryGetValue(name, out var array) && array is List<object?> items)
        {
            foreach (var item in items)
                values.Add(item as string ?? "");
        }
        return values;
    }

    private static (string, string)[] Pairs(Dictionary<string, object?> members, string name, string first, string second)
    {
        if (!members.TryGetValue(name, out var array) || array is not List<object?> items)
            return [];
        var pairs = new (string, string)[items.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var pair = (Dictionary<string, object?>)items[i]!;
            pairs[i] = (Text(pair, first) ?? "", Text(pair, second) ?? "");
        }
        return pairs;
    }
}
