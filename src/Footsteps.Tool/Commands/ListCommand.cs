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
        var command = new Command("list", "List the runs under an output root: name, start, duration, status (crashed " +
            "inferred for dead processes), commit, dirty, command.")
        {
            root, json,
        };
        command.SetAction(parse => Program.Guard(() => Run(parse.GetValue(root)!, parse.GetValue(json))));
        return command;
    }

    private static int Run(string root, bool asJson)
    {
        var listing = RunCatalog.Read(root);
        foreach (var problem in listing.Problems)
            Console.Error.WriteLine("footsteps: skipped: " + problem);

        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(listing.Runs.Select(RunSummary.Of).ToList(), RunSummaryJson.Default.ListRunSummary));
        }
        else
        {
            var table = new TextTable("NAME", "STARTED (UTC)", "DURATION", "STATUS", "COMMIT", "DIRTY", "COMMAND");
            foreach (var run in listing.Runs.Select(RunSummary.Of))
                table.Add(run.Name, Formats.Time(run.StartedUtc), Formats.Duration(run.DurationSeconds), run.Status,
                    Formats.ShortCommit(run.Commit), run.Dirty ? "dirty" : "", run.CommandLine);
            Console.Out.Write(table.ToString());
        }
        return listing.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.RecordUnreadable;
    }
}
