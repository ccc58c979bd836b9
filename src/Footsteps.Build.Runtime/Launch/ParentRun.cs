using System;
using System.Collections.Generic;
using System.IO;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// Runs started by another recorded run: BenchmarkDotNet's benchmark processes, a sweep driver's
/// workers, any program a Footsteps program starts. Such a child never prompts and never waits
/// for a name: unless its parent gave it a name of its own (FOOTSTEPS_NAME set for the child),
/// its record goes under the parent's run directory, in children/, and the parent's record
/// lists it. The parent tells its children through two environment variables, which every
/// process it starts inherits.
/// </summary>
internal static class ParentRun
{
    /// <summary>The parent run's directory, absolute.</summary>
    public const string DirectoryVariable = "FOOTSTEPS_PARENT_RUN";

    /// <summary>The FOOTSTEPS_NAME the parent itself was started with, so a child tells a name meant for it from an inherited one.</summary>
    public const string NameVariable = "FOOTSTEPS_PARENT_NAME";

    /// <summary>Where children's run directories go, inside the parent's.</summary>
    public const string ChildrenFolder = "children";

    private const string NameOfThisRun = "FOOTSTEPS_NAME";

    /// <summary>Where this process's run goes when a recorded run started it and gave it no name of its own; else null.</summary>
    public static string? ChildrenRootOfThisProcess()
    {
        var parent = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (string.IsNullOrEmpty(parent))
            return null;
        var name = Environment.GetEnvironmentVariable(NameOfThisRun);
        var inherited = Environment.GetEnvironmentVariable(NameVariable) ?? "";
        if (!string.IsNullOrWhiteSpace(name) && !string.Equals(name, inherited, StringComparison.Ordinal))
            return null;
        return Path.Combine(parent, ChildrenFolder);
    }

    /// <summary>Tells every process this one starts from now on that it is a child of <paramref name="runDirectory"/>.</summary>
    public static void BecomeParent(string runDirectory)
    {
        Environment.SetEnvironmentVariable(NameVariable, Environment.GetEnvironmentVariable(NameOfThisRun) ?? "");
        Environment.SetEnvironmentVariable(DirectoryVariable, runDirectory);
    }

    /// <summary>The run directories of <paramref name="runDirectory"/>'s children, relative to it, '/'-separated, in order.</summary>
    public static List<string> ChildrenOf(string runDirectory)
    {
        var children = new List<string>();
        var root = Path.Combine(runDirectory, ChildrenFolder);
        if (!Directory.Exists(root))
            return children;
        foreach (var record in Directory.EnumerateFiles(root, "info.json", SearchOption.AllDirectories))
            children.Add(Path.GetRelativePath(runDirectory, Path.GetDirectoryName(record)!).Replace('\\', '/'));
        children.Sort(StringComparer.Ordinal);
        return children;
    }
}
