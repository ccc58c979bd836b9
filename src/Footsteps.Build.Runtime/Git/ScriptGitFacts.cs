using System;
using System.IO;
using System.Linq;
using System.Text;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Facts;
using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Runtime.Git;

/// <summary>
/// Git facts for scripts, collected at launch: file-based apps (`dotnet run exp.cs`), which the
/// SDK reruns unchanged without building them, so facts embedded at build time could describe an
/// older state, and F# scripts (`dotnet fsi exp.fsx`), which no build sees. The script itself is
/// copied into the run when git does not hold it as it is.
/// </summary>
internal static class ScriptGitFacts
{
    /// <summary>Where the SDK tells a file-based app its own source file is.</summary>
    private const string EntryPointFilePathKey = "EntryPointFilePath";

    public static BuildFacts Complete(BuildFacts facts, string outputRoot)
    {
        if (facts.CollectedAt != GitCollection.AtRun)
            return facts;
        var scriptPath = facts.ScriptPath ?? AppContext.GetData(EntryPointFilePathKey) as string;
        if (scriptPath == null || !File.Exists(scriptPath))
            return facts with { Problem = "the build left git facts to the launch, but the script's path is unknown." };

        var scriptDirectory = Path.GetDirectoryName(Path.GetFullPath(scriptPath))!;
        var query = new GitQuery(scriptDirectory);
        var outputRelative = Path.GetRelativePath(scriptDirectory, Path.GetFullPath(outputRoot));
        if (!outputRelative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(outputRelative))
            query.ExcludedPaths.Add(outputRelative);
        var git = GitFactsReader.Read(query);

        var scriptInRepository = git.RepositoryRoot == null
            ? Path.GetFileName(scriptPath)
            : Path.GetRelativePath(git.RepositoryRoot, Path.GetFullPath(scriptPath)).Replace('\\', '/');
        var heldByGit = git.RepositoryRoot != null && git.Commit != null
            && !git.Untracked.Contains(scriptInRepository)
            && !git.Diff.Contains($"diff --git a/{scriptInRepository} ", StringComparison.Ordinal);
        var sources = heldByGit
            ? facts.Sources
            : facts.Sources.Append((scriptInRepository, File.ReadAllText(scriptPath, Encoding.UTF8))).ToArray();

        return facts with
        {
            Problem = git.Problem == null ? null : $"{git.Problem.Code}: {git.Problem.Message}",
            Commit = git.Commit,
            Describe = git.Describe,
            Branch = git.Branch,
            Remote = git.Remote,
            WebLink = git.WebLink,
            Diff = git.Diff,
            DiffTruncated = git.DiffTruncated,
            Untracked = git.Untracked.Take(Caps.UntrackedListed).ToList(),
            UntrackedCount = git.Untracked.Count,
            ProjectPath = scriptInRepository,
            Sources = sources,
        };
    }
}
