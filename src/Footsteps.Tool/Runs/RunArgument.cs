using FootstepsBuild.Shared;

namespace FootstepsBuild.Tool.Runs;

/// <summary>
/// Turns what the user typed into a run directory: a path to a directory holding info.json
/// (`results/baseline`, `/data/exp/results/sweep/lr0.1`), or a run name under the output root
/// (`baseline`, `sweep/lr0.1`, looked up in ./results unless --root says otherwise).
/// </summary>
internal static class RunArgument
{
    public const string DefaultRoot = Defaults.OutputRoot;

    /// <exception cref="ToolException">Neither a run directory nor a run name under the root.</exception>
    public static LoadedRun Load(string run, string? root)
    {
        if (IsRunDirectory(run))
            return LoadedRun.From(run);
        var underRoot = Path.Combine(root ?? DefaultRoot, run);
        if (IsRunDirectory(underRoot))
            return LoadedRun.From(underRoot);
        throw new ToolException(ExitCodes.RecordUnreadable,
            $"No run '{run}': neither '{Path.GetFullPath(run)}' nor '{Path.GetFullPath(underRoot)}' holds an " +
                "info.json. Run `footsteps list` to see the runs.");
    }

    public static bool IsRunDirectory(string directory) =>
        File.Exists(Path.Combine(directory, FootstepsBuild.Runtime.Record.InfoJsonFile.FileName));
}
