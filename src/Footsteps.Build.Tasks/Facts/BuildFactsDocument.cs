using System.Collections.Generic;
using System.Linq;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Facts;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Shared.Json;
using Names = FootstepsBuild.Shared.Facts.BuildFactsNames;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// Renders the facts a binary embeds as JSON. Only what depends on the source state goes in
/// (no build-machine paths or times), so the same source builds to the same bytes anywhere.
/// </summary>
internal static class BuildFactsDocument
{
    public static string Render(
        BuildSettings build, GitFacts git, IReadOnlyList<SourceFile> sources, IReadOnlyList<PackageVersion> packages,
        IReadOnlyList<string>? sourcePaths = null)
    {
        // ASCII only: the launch reads it without a UTF-8 decoder, whose first use costs 1.5 ms.
        var json = new JsonWriter(asciiOnly: true);
        json.BeginObject();
        json.Number(Names.Schema, Names.CurrentSchema);
        json.Boolean(Names.AutoStart, build.AutoStart);
        json.String(Names.OutputRoot, build.OutputRoot);

        json.BeginObject(Names.Build);
        json.String(Names.Configuration, build.Configuration);
        json.String(Names.TargetFramework, build.TargetFramework);
        json.String(Names.RuntimeIdentifier, build.RuntimeIdentifier);
        json.String(Names.SdkVersion, build.SdkVersion);
        json.String(Names.ProjectPath, build.ProjectPath);
        json.EndObject();

        WriteGit(json, git);

        json.BeginArray(Names.Sources);
        foreach (var source in sources.Where(s => s.Content != null))
        {
            json.BeginObject();
            json.String(Names.Path, source.RepositoryPath);
            json.String(Names.Content, source.Content);
            json.EndObject();
        }
        json.EndArray();
        json.BeginArray(Names.SourcesSkipped);
        foreach (var source in sources.Where(s => s.Content == null))
        {
            json.BeginObject();
            json.String(Names.Path, source.RepositoryPath);
            json.String(Names.Reason, source.SkippedBecause);
            json.EndObject();
        }
        json.EndArray();

        // Lets a launch notice sources edited after the build (a stale binary) with a few stat calls.
        json.BeginArray(Names.SourcePaths);
        foreach (var path in (sourcePaths ?? new List<string>()).Take(Caps.SourcePaths))
            json.String(null, path);
        json.EndArray();

        json.BeginArray(Names.Packages);
        foreach (var package in packages)
        {
            json.BeginObject();
            json.String(Names.Name, package.Name);
            json.String(Names.Version, package.Version);
            json.EndObject();
        }
        json.EndArray();

        json.EndObject();
        return json.ToString();
    }

    private static void WriteGit(JsonWriter json, GitFacts git)
    {
        json.BeginObject(Names.Git);
        if (git.Problem != null)
        {
            json.BeginObject(Names.Problem);
            json.String(Names.Code, git.Problem.Code);
            json.String(Names.Message, git.Problem.Message);
            json.EndObject();
        }
        json.String(Names.Commit, git.Commit);
        json.String(Names.Describe, git.Describe);
        json.String(Names.Branch, git.Branch);
        json.String(Names.Remote, git.Remote);
        json.String(Names.WebLink, git.WebLink);
        json.String(Names.Diff, git.Diff);
        json.Boolean(Names.DiffTruncated, git.DiffTruncated);
        json.Number(Names.UntrackedCount, git.Untracked.Count);
        json.BeginArray(Names.Untracked);
        foreach (var path in git.Untracked.Take(Caps.UntrackedListed))
            json.String(null, path);
        json.EndArray();
        json.String(Names.CollectedAt, git.CollectedAtRunTime ? GitCollection.AtRun : GitCollection.AtBuild);
        json.EndObject();
    }
}
