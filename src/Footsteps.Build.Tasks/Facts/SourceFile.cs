namespace FootstepsBuild.Tasks.Facts;

/// <summary>An untracked source embedded so the run can copy it beside its results.</summary>
internal sealed class SourceFile
{
    public SourceFile(string repositoryPath, string? content, string? skippedBecause)
    {
        RepositoryPath = repositoryPath;
        Content = content;
        SkippedBecause = skippedBecause;
    }

    /// <summary>Path relative to the repository root, '/' separated.</summary>
    public string RepositoryPath { get; }
    public string? Content { get; }
    public string? SkippedBecause { get; }
}
