using System.Text.Json.Serialization;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Output;

/// <summary>One row of `footsteps list`, and one element of `footsteps list --json`.</summary>
internal sealed record RunSummary(
    string Name,
    string Directory,
    DateTime StartedUtc,
    double? DurationSeconds,
    string Status,
    int? ExitCode,
    string? Commit,
    bool Dirty,
    string CommandLine)
{
    public static RunSummary Of(LoadedRun run) => new(
        run.Record.Name,
        run.Directory,
        run.Record.StartedUtc,
        run.Record.DurationSeconds,
        run.Status,
        run.Record.ExitCode,
        run.Record.Git.Commit,
        run.Record.Git.Dirty,
        run.Record.Command.CommandLine);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<RunSummary>))]
internal sealed partial class RunSummaryJson : JsonSerializerContext
{
}
