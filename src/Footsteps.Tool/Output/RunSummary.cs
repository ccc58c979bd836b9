using System.Text.Json.Serialization;
using FootstepsBuild.Runtime.Machine;
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
    string CommandLine,
    string? Job)
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
        run.Record.Command.CommandLine,
        JobOf(run));

    /// <summary>The batch job, as its scheduler names it: "812_3" for an array task, "900" for a job; null outside one.</summary>
    public static string? JobOf(LoadedRun run) => run.Record.Scheduler is { } job ? SchedulerFacts.Label(job) : null;

    /// <summary>Whether the run belongs to job <paramref name="id"/>: the job itself, an array it is a task of, or one task ("812_3").</summary>
    public static bool InJob(LoadedRun run, string id) => run.Record.Scheduler is { } job
        && (job.JobId == id || job.ArrayJobId == id || JobOf(run) == id);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<RunSummary>))]
internal sealed partial class RunSummaryJson : JsonSerializerContext
{
}
