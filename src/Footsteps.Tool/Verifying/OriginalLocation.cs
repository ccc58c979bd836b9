using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>
/// Where the run's repository sat when it was built. The compiler embeds source and PDB paths,
/// and they feed the MVID: a rebuild elsewhere matches only when PathMap maps its tree back to
/// this location. The record holds no build path (the embedded facts are path-free by design),
/// so it is inferred from the entry assembly's path (assemblyPath, .../&lt;project&gt;/bin/...) and the
/// project's repository-relative path.
/// </summary>
internal static class OriginalLocation
{
    /// <returns>The repository root, ending in a separator; null when the layout is not the default one.</returns>
    public static string? InferRepositoryRoot(RunRecord record)
    {
        var assemblyPath = (record.Command.AssemblyPath ?? record.Command.Argv.FirstOrDefault())?.Replace('\\', '/');
        var projectPath = record.Build.ProjectPath?.Replace('\\', '/');
        if (string.IsNullOrEmpty(assemblyPath) || string.IsNullOrEmpty(projectPath))
            return null;
        var bin = assemblyPath.LastIndexOf("/bin/", StringComparison.Ordinal);
        if (bin < 0)
            return null;
        var projectDirectory = assemblyPath[..bin];
        var relativeDirectory = Path.GetDirectoryName(projectPath)?.Replace('\\', '/') ?? "";
        if (relativeDirectory.Length == 0)
            return projectDirectory + "/";
        return projectDirectory.EndsWith("/" + relativeDirectory, StringComparison.Ordinal)
            ? projectDirectory[..^relativeDirectory.Length]
            : null;
    }
}
