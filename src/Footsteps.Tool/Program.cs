using System.CommandLine;
using FootstepsBuild.Tool.Commands;

namespace FootstepsBuild.Tool;

/// <summary>The `footsteps` command: one subcommand per way of following a run back.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Follow your footsteps back: list, show, diff, restore and verify the runs Footsteps.Build recorded.")
        {
            ListCommand.Create(),
            ShowCommand.Create(),
            DiffCommand.Create(),
            RestoreCommand.Create(),
            VerifyCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }

    /// <summary>Runs a command's work; an expected failure prints its message (no stack trace) and returns its exit code.</summary>
    public static int Guard(Func<int> work)
    {
        try
        {
            return work();
        }
        catch (ToolException e)
        {
            Console.Error.WriteLine("footsteps: " + e.Message);
            return e.ExitCode;
        }
    }
}
