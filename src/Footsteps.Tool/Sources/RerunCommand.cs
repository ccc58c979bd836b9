using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tool.Sources;

/// <summary>The shell command that re-runs a recorded run from a restored tree.</summary>
internal static class RerunCommand
{
    public static string For(RunRecord record, string restoredRoot)
    {
        var projectPath = record.Build.ProjectPath ?? "";
        var projectDirectory = Path.Combine(restoredRoot, Path.GetDirectoryName(projectPath) ?? "");
        var arguments = record.Command.Arguments ?? record.Command.Argv.Skip(1).ToList();
        // F# Interactive passes everything after the script to the script.
        if (projectPath.EndsWith(".fsx", StringComparison.OrdinalIgnoreCase))
            return $"cd {CommandLineText.Join(new[] { projectDirectory })} && " +
                CommandLineText.Join(new[] { "dotnet", "fsi", Path.GetFileName(projectPath) }.Concat(arguments));
        var words = new List<string> { "dotnet", "run" };
        // A file-based app is run by naming its .cs file; a project is found in its directory.
        if (projectPath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            words.Add(Path.GetFileName(projectPath));
        if (record.Build.Configuration != null)
            words.AddRange(new[] { "-c", record.Build.Configuration });
        if (arguments.Count > 0)
            words.Add("--");
        words.AddRange(arguments);
        return CommandLineText.InDirectory(projectDirectory, words);
    }
}
