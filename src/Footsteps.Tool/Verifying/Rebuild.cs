using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tool.Sources;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>
/// Builds a restored tree as the run's build was: the recorded configuration, target framework
/// and runtime identifier, in a fresh tree (no obj/ or bin/ of the user's), with PathMap mapping
/// the tree to where the original sat, so that every path the compiler embeds is the same.
/// </summary>
internal static class Rebuild
{
    /// <returns>The rebuilt entry assembly's path.</returns>
    /// <exception cref="ToolException">The build failed, or produced no entry assembly where expected.</exception>
    public static string Build(RunRecord record, RestoredTree tree, string? originalRoot)
    {
        var project = Path.Combine(tree.Root, record.Build.ProjectPath!);
        var arguments = new List<string> { "build", project, "-nodeReuse:false", "-p:UseSharedCompilation=false" };
        if (record.Build.Configuration is { Length: > 0 } configuration)
            arguments.AddRange(new[] { "-c", configuration });
        if (record.Build.TargetFramework is { Length: > 0 } framework)
            arguments.AddRange(new[] { "-f", framework });
        if (record.Build.RuntimeIdentifier is { Length: > 0 } runtime)
            arguments.AddRange(new[] { "-r", runtime });
        if (originalRoot != null)
            arguments.Add($"-p:PathMap={EscapeForPathMap(WithSeparator(tree.Root))}={EscapeForPathMap(WithSeparator(originalRoot))}");

        var build = ChildProcess.Run("dotnet", arguments, tree.Root);
        if (build.ExitCode != 0)
            throw new ToolException(ExitCodes.RestoreImpossible,
                $"The rebuild failed (dotnet {string.Join(" ", arguments)}):\n{string.Join("\n", build.Output.Trim().Split('\n').TakeLast(20))}");

        var output = Path.Combine(Path.GetDirectoryName(project)!, "bin", record.Build.Configuration ?? "Debug", record.Build.TargetFramework ?? "",
            record.Build.RuntimeIdentifier ?? "", record.EntryAssembly.Name + ".dll");
        if (!File.Exists(output))
            throw new ToolException(ExitCodes.RestoreImpossible, $"The rebuild succeeded but wrote no '{output}' (a custom OutputPath?).");
        return output;
    }

    private static string WithSeparator(string path) => path.EndsWith('/') || path.EndsWith('\\') ? path : path + Path.DirectorySeparatorChar;

    // PathMap separates mappings with ',' and key from value with '='; both are doubled inside paths.
    private static string EscapeForPathMap(string path) => path.Replace(",", ",,").Replace("=", "==");
}
