using System.CommandLine;
using FootstepsBuild.Tool.Comparing;
using FootstepsBuild.Tool.Runs;

namespace FootstepsBuild.Tool.Commands;

/// <summary>`footsteps diff &lt;runA&gt; &lt;runB&gt;`: code, packages, build, command and machine, side by side.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var runA = CommonOptions.Run("runA");
        var runB = CommonOptions.Run("runB");
        var root = CommonOptions.Root();
        var repository = CommonOptions.Repository();
        var command = new Command("diff",
            "Show what differs between two runs: the code (a unified diff of commit + uncommitted changes + untracked " +
                "sources), packages, build, command, machine. Exit code 2 when they differ.")
        {
            runA, runB, root, repository,
        };
        command.SetAction(parse => Program.Guard(() =>
        {
            var a = RunArgument.Load(parse.GetValue(runA)!, parse.GetValue(root));
            var b = RunArgument.Load(parse.GetValue(runB)!, parse.GetValue(root));
            var differences = new Differences();
            CompareCode(differences, a, b, parse.GetValue(repository));
            RunComparison.CompareFacts(differences, a.Record, b.Record);
            Console.Out.WriteLine($"--- {a.Record.Name}\n+++ {b.Record.Name}");
            Console.Out.Write(differences.Render(RunComparison.Sections));
            return differences.Any ? ExitCodes.Different : ExitCodes.Success;
        }));
        return command;
    }

    private static void CompareCode(Differences differences, LoadedRun a, LoadedRun b, string? repository)
    {
        var sameState = a.Record.Git.Commit == b.Record.Git.Commit && a.Record.Git.Diff == b.Record.Git.Diff
            && a.Record.Git.Untracked.SequenceEqual(b.Record.Git.Untracked);
        try
        {
            var diff = CodeDiff.Between(a, b, repository);
            if (diff.Length > 0)
                differences.Note(RunComparison.Code, diff);
        }
        catch (ToolException e)
        {
            // Without the repository the source states cannot be recreated; the recorded facts still compare.
            differences.Value(RunComparison.Code, "commit", a.Record.Git.Commit, b.Record.Git.Commit);
            if (!sameState)
                differences.Note(RunComparison.Code, "(no unified diff: " + e.Message + ")");
        }
    }
}
