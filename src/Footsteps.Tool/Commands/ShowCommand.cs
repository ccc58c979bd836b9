using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Shared;
using FootstepsBuild.Tool.Output;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Commands;

/// <summary>`footsteps show &lt;run&gt; [--json]`: one run, readable at a glance.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var run = CommonOptions.Run();
        var root = CommonOptions.Root();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one run: status, times, command, code, build, machine, packages.") { run, root, json };
        command.SetAction(parse => Program.Guard(() =>
        {
            var loaded = RunArgument.Load(parse.GetValue(run)!, parse.GetValue(root));
            Console.Out.WriteLine(parse.GetValue(json) ? Json(loaded) : Summary(loaded));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The record as info.json holds it, with the effective status (crashed inferred).</summary>
    private static string Json(LoadedRun run)
    {
        run.Record.Status = run.Status;
        return JsonSerializer.Serialize(run.Record, RunRecordJson.Default.RunRecord);
    }

    private static string Summary(LoadedRun run)
    {
        var r = run.Record;
        var text = new StringBuilder();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                text.Append(label.PadRight(11)).Append(value).Append('\n');
        }

        Line("Run", $"{r.Name}  ({run.Directory})");
        Line("Status", r.ExitCode == null ? run.Status : $"{run.Status}, exit code {r.ExitCode}" + (r.Signal == null ? "" : $" ({r.Signal})"));
        Line("Started", Formats.Time(r.StartedUtc) + " UTC" + (r.EndedUtc == null ? "" : $", ran {Formats.Duration(r.DurationSeconds)}"));
        Line("Command", r.Command.CommandLine);
        Line("Children", r.Children.Count == 0 ? null : string.Join(", ", r.Children));
        Line("Job", r.Scheduler == null ? null : $"{r.Scheduler.Kind} {SchedulerFacts.Label(r.Scheduler)} ({r.Scheduler.JobName}, {r.Scheduler.Partition})");
        Line("In", r.Command.WorkingDirectory);
        var onBranch = r.Git.Branch == null ? "" : " on " + r.Git.Branch;
        Line("Commit", r.Git.Commit == null ? "(none recorded)" : $"{r.Git.Commit} ({r.Git.Describe}{onBranch})");
        var cut = r.Git.DiffTruncated ? " (diff cut at " + Caps.DiffText + ")" : "";
        Line("Changed", r.Git.Dirty ? string.Join(", ", Formats.ChangedFiles(r.Git.Diff)) + cut : "nothing uncommitted");
        Line("Untracked", r.Git.Untracked.Count == 0 ? null : string.Join(", ", r.Git.Untracked));
        Line("Remote", r.Git.WebLink ?? r.Git.Remote);
        Line("Git", r.Git.Problem);
        var build = new[] { r.Build.Configuration, r.Build.TargetFramework, r.Build.RuntimeIdentifier };
        Line("Build", string.Join(" ", build.Where(w => !string.IsNullOrEmpty(w)))
            + $", SDK {r.Build.SdkVersion}, {r.Build.ProjectPath}");
        Line("Assembly", $"{r.EntryAssembly.Name} {r.EntryAssembly.Version}, MVID {r.EntryAssembly.Mvid}");
        var memoryGiB = (r.Host.MemoryBytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
        var container = r.Host.Container == null ? "" : ", in " + r.Host.Container;
        Line("Host", $"{r.Host.HostName} ({r.Host.User}), {r.Host.Os}, {r.Host.CpuModel}, {r.Host.LogicalCores} cores, {memoryGiB} GiB{container}");
        Line("Runtime", $"{r.Runtime.Framework} ({r.Runtime.RuntimeIdentifier}), {r.Runtime.GcMode} GC");
        Line("GPUs", r.Gpus == null ? null : string.Join(", ", r.Gpus.Select(g => $"{g.Name} ({g.MemoryTotalMiB} MiB)")));
        Line("Packages", string.Join(", ", r.Packages.Select(p => $"{p.Name} {p.Version}")));
        Line("Exception", r.Exception == null ? null : $"{r.Exception.Type}: {r.Exception.Message}");
        foreach (var warning in r.Warnings)
            Line("Warning", warning);
        return text.ToString().TrimEnd('\n');
    }
}
