using System.CommandLine;
using System.Text.Json;
using FootstepsBuild.Tool.Output;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Commands;

/// <summary>`footsteps list [root] [--json]`: a table of every run under the output root.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var root = new Argument<string>("root")
        {
            Description = "The output root to list (nested run names are found too).",
            DefaultValueFactory = _ => RunArgument.DefaultRoot,
        };
        var json = CommonOptions.Json();
        var job = new Option<string?>("--job")
        {
            Description = "Only the runs of this batch job: a job id, an array job id (all its tasks) or one task (812_3).",
        };
        var command = new Command("list", "List the runs under an output root: name, start, duration, status (crashed " +
            "inferred for dead processes), commit, dirty, command.")
        {
            root, json, job,
        };
        command.SetAction(parse => Program.Guard(() => Run(parse.GetValue(root)!, parse.GetValue(json), parse.GetValue(job))));
        return command;
    }

    private static int Run(string root, bool asJson, string? job)
    {
        var listing = RunCatalog.Read(root);
        foreach (var problem in listing.Problems)
            Console.Error.WriteLine("footsteps: skipped: " + problem);
        var runs = listing.Runs.Where(run => job == null || RunSummary.InJob(run, job)).Select(RunSummary.Of).ToList();

        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(runs, RunSummaryJson.Default.ListRunSummary));
        }
        else
        {
            // The JOB column only where some run was a batch job.
            var jobs = runs.Any(run => run.Job != null);
            var table = jobs
                ? new TextTable("NAME", "JOB", "STARTED (UTC)", "DURATION", "STATUS", "COMMIT", "DIRTY", "COMMAND")
                : new TextTable("NAME", "STARTED (UTC)", "DURATION", "STATUS", "COMMIT", "DIRTY", "COMMAND");
            foreach (var run in runs)
            {
                var cells = new List<string> { run.Name };
                if (jobs)
                    cells.Add(run.Job ?? "");
                cells.AddRange(new[]
                {
                    Formats.Time(run.StartedUtc), Formats.Duration(run.DurationSeconds), run.Status,
                    Formats.ShortCommit(run.Commit), run.Dirty ? "dirty" : "", run.CommandLine,
                });
                table.Add(cells.ToArray());
            }
            Console.Out.Write(table.ToString());
        }
        return listing.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.RecordUnreadable;
    }
}
