namespace FootstepsBuild.Tool.Sources;

/// <summary>A recreated source tree, and the recorded untracked files that could not be put back.</summary>
internal sealed record RestoredTree(string Root, IReadOnlyList<string> NotRestored);
