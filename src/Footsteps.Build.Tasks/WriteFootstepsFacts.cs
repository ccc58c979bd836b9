using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tasks.Facts;
using Microsoft.Build.Framework;

namespace FootstepsBuild.Tasks;

/// <summary>
/// Collects the git state and the project's facts and writes them to <see cref="FactsFile"/>
/// (embedded into the assembly by the targets), touching the file only when its bytes change.
/// Git trouble becomes an FOOT1xxx warning: Footsteps never fails a build.
/// </summary>
public sealed class WriteFootstepsFacts : RepositoryTask
{
    [Required] public string ProjectFile { get; set; } = "";
    [Required] public string FactsFile { get; set; } = "";

    /// <summary>Hash of the source state, beside the facts; read by <see cref="WarnIfFootstepsBinaryStale"/>.</summary>
    [Required] public string FingerprintFile { get; set; } = "";

    public string OutputRoot { get; set; } = Defaults.OutputRoot;
    public bool AutoStart { get; set; } = true;

    /// <summary>
    /// An F# or VB program with FootstepsAutoStart unset: its run starts at launch unless its
    /// sources call Footsteps.Initialize (C# programs learn that from the source generator).
    /// </summary>
    public bool FindInitializeCall { get; set; }
    public string Configuration { get; set; } = "";
    public string TargetFramework { get; set; } = "";
    public string RuntimeIdentifier { get; set; } = "";
    public string SdkVersion { get; set; } = "";

    /// <summary>The SDK's commit (from SourceLink, which reads .git without git): used when git is missing.</summary>
    public string SourceRevisionId { get; set; } = "";

    /// <summary>Files whose content is embedded when git does not track them (Compile items, the project file).</summary>
    public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The projects the program references, transitive ones included: their untracked sources are copied too.</summary>
    public ITaskItem[] ReferencedProjects { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Items with NuGetPackageId and NuGetPackageVersion metadata.</summary>
    public ITaskItem[] PackageAssets { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// File-based apps (`dotnet run app.cs`): embed no git facts, the program collects them at
    /// launch. The SDK reruns an unchanged script without building it, so embedded facts would be stale.
    /// </summary>
    public bool GitAtRunTime { get; set; }

    public override bool Execute()
    {
        var git = GitAtRunTime ? new GitFacts { CollectedAtRunTime = true } : CollectGit();
        if (git.Problem != null)
        {
            if (git.Commit == null && !string.IsNullOrEmpty(SourceRevisionId))
                git.Commit = git.Describe = SourceRevisionId;
            Log.LogWarning(null, git.Problem.Code, null, ProjectFile, 0, 0, 0, 0, "Footsteps: " + git.Problem.Message);
        }

        var sources = git.RepositoryRoot == null
            ? new List<SourceFile>()
            : UntrackedSources.Read(git.RepositoryRoot, git.Untracked, SourceFiles.Select(i => i.GetMetadata("FullPath"))
                .Concat(UntrackedBuildInputs.Pick(git.RepositoryRoot, git.Untracked, ReferencedProjects.Select(i => i.GetMetadata("FullPath")))));
        var document = BuildFactsDocument.Render(Settings(git), git, sources, Packages(), SourcePaths(git));

        try
        {
            if (ChangedFileWriter.WriteIfChanged(FactsFile, document))
                Log.LogMessage(MessageImportance.Low, "Footsteps: facts changed, wrote {0}", FactsFile);
            ChangedFileWriter.WriteIfChanged(FingerprintFile, SourceStateFingerprint.Of(git));
            FootstepsBuildMemory.Remember(BuildEngine4, FingerprintFile);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            Log.LogWarning(null, Diagnostics.FactsNotWritten, null, ProjectFile, 0, 0, 0, 0,
                "Footsteps: could not write '{0}': {1}", FactsFile, e.Message);
        }
        return !Log.HasLoggedErrors;
    }

    private GitFacts CollectGit()
    {
        try
        {
            var (git, gitTime, waited) = PendingGitFacts.Take(BuildEngine4, Query());
            Log.LogMessage(MessageImportance.Low, "Footsteps: git took {0:0} ms; the build waited {1:0} ms of it.",
                gitTime.TotalMilliseconds, waited.TotalMilliseconds);
            return git;
        }
        catch (InvalidOperationException e)
        {
            // A failure nobody foresaw in reading git's answers: a warning, never a broken build.
            var why = "reading git's answers failed: " + (e.InnerException ?? e).Message;
            return new GitFacts { Problem = new GitProblem(Diagnostics.GitRefused, why) };
        }
    }

    private BuildSettings Settings(GitFacts git) => new()
    {
        Configuration = Configuration,
        TargetFramework = TargetFramework,
        RuntimeIdentifier = RuntimeIdentifier,
        SdkVersion = SdkVersion,
        AutoStart = AutoStart && !(FindInitializeCall && InitializeCallFinder.AnyCalls(SourceFiles.Select(i => i.GetMetadata("FullPath")))),
        OutputRoot = OutputRoot,
        ProjectPath = (git.RepositoryRoot == null ? null : UntrackedSources.RelativeTo(git.RepositoryRoot, Path.GetFullPath(ProjectFile)))
            ?? Path.GetFileName(ProjectFile),
    };

    /// <summary>The project's own sources, relative to the repository root (generated files under obj/ left out).</summary>
    private List<string> SourcePaths(GitFacts git) =>
        git.RepositoryRoot == null
            ? new List<string>()
            : SourceFiles
                .Select(i => UntrackedSources.RelativeTo(git.RepositoryRoot, Path.GetFullPath(i.GetMetadata("FullPath"))))
                .Where(p => p != null && !p.Split('/').Any(segment => segment == "bin" || segment == "obj"))
                .Select(p => p!)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();

    private List<PackageVersion> Packages() =>
        PackageAssets
            .Select(i => new PackageVersion(i.GetMetadata("NuGetPackageId"), i.GetMetadata("NuGetPackageVersion")))
            .Where(p => p.Name.Length > 0 && p.Version.Length > 0)
            .GroupBy(p => p.Name + "/" + p.Version, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Version, StringComparer.Ordinal)
            .ToList();
}
