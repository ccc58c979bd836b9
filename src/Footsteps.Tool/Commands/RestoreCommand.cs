using System.CommandLine;
using FootstepsBuild.Tool.Runs;
using FootstepsBuild.Tool.Sources;

namespace FootstepsBuild.Tool.Commands;

/// <summary>`footsteps restore &lt;run&gt; &lt;dir&gt;`: the run's exact source tree in a new directory.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var run = CommonOptions.Run();
        var directory = new Argument<string>("dir") { Description = "A new (or empty) directory to recreate the source tree in." };
        var root = CommonOptions.Root();
        var repository = CommonOptions.Repository();
        var command = new Command("restore",
            "Recreate the run's exact source tree (commit + uncommitted diff + untracked sources) in a new directory, " +
                "without touching your checkout; print the command that re-runs it.")
        {
            run, directory, root, repository,
        };
        command.SetAction(parse => Program.Guard(() =>
        {
            var loaded = RunArgument.Load(parse.GetValue(run)!, parse.GetValue(root));
            var repositoryRoot = SourceRepository.Find(loaded, parse.GetValue(repository));
            var tree = SourceTreeRestorer.Restore(loaded, repositoryRoot, parse.GetValue(directory)!);
            Console.Out.WriteLine($"Restored '{loaded.Record.Name}' into {tree.Root}: commit {loaded.Record.Git.Commit}"
                + (loaded.Record.Git.Dirty ? " with its uncommitted changes" : "")
                + (loaded.Record.Git.Untracked.Count > tree.NotRestored.Count ? " and untracked sources" : "") + ".");
            foreach (var path in tree.NotRestored)
                Console.Out.WriteLine($"Not restored (untracked, and the run holds no copy): {path}");
            Console.Out.WriteLine("Re-run it with:");
            Console.Out.WriteLine("  " + RerunCommand.For(loaded.Record, tree.Root));
            return ExitCodes.Success;
        }));
        return command;
    }
}
