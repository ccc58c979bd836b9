namespace FootstepsBuild.Shared.Facts;

/// <summary>When a binary's git facts were collected: the values of the facts' and the record's "collectedAt".</summary>
internal static class GitCollection
{
    /// <summary>By the build, and embedded in the binary.</summary>
    public const string AtBuild = "build";

    /// <summary>At launch: file-based apps, which the SDK reruns without building.</summary>
    public const string AtRun = "run";
}
