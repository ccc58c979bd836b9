namespace FootstepsBuild.Shared.Facts;

/// <summary>
/// Field names of the build facts that every Footsteps binary embeds: one list for the task that
/// writes them and the runtime that reads them.
/// </summary>
internal static class BuildFactsNames
{
    /// <summary>Manifest resource name of the embedded facts (JSON, UTF-8).</summary>
    public const string ResourceName = "Footsteps.BuildFacts.json";

    /// <summary>Bumped when a field changes meaning; readers refuse newer schemas.</summary>
    public const int CurrentSchema = 1;

    public const string Schema = "schema";
    public const string AutoStart = "autoStart";
    public const string OutputRoot = "outputRoot";

    public const string Build = "build";
    public const string Configuration = "configuration";
    public const string TargetFramework = "targetFramework";
    public const string RuntimeIdentifier = "runtimeIdentifier";
    public const string SdkVersion = "sdkVersion";
    public const string ProjectPath = "projectPath";

    public const string Git = "git";
    public const string Problem = "problem";
    public const string Code = "code";
    public const string Message = "message";
    public const string Commit = "commit";
    public const string Describe = "describe";
    public const string Branch = "branch";
    public const string Remote = "remote";
    public const string WebLink = "webLink";
    public const string Diff = "diff";
    public const string DiffTruncated = "diffTruncated";
    public const string Untracked = "untracked";
    public const string UntrackedCount = "untrackedCount";

    /// <summary>"build", or "run" for file-based apps, whose git facts are collected at launch.</summary>
    public const string CollectedAt = "collectedAt";

    public const string Sources = "sources";
    public const string SourcesSkipped = "sourcesSkipped";
    public const string SourcePaths = "sourcePaths";
    public const string Path = "path";
    public const string Content = "content";
    public const string Reason = "reason";

    public const string Packages = "packages";
    public const string Name = "name";
    public const string Version = "version";
}
