using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>The Command: line of info.txt, pasted into cmd, runs the same program with the same arguments.</summary>
public sealed class PastedCommandTests
{
    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    public static TheoryData<string[]> Arguments => new()
    {
        // Spaces, quotes, backslashes before a quote and at the end, an empty argument.
        new[] { "--lr", "0.1", "two words", "say \"hi\"", "back\\\\\"slash", "trailing\\", "", "C:\\dir with space\\" },
        // What cmd itself reads: & | < > ^ outside quotes split the command or vanish.
        new[] { "a&b", "x|y", "<in>", "c^d", "https://example.com/?a=1&b=2" },
        // A word with one quote leaves cmd inside quotes, so the next word's & is outside them.
        new[] { "say \"hi", "a&b", "x|y" },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void CommandLinePastedIntoCmd_RunsTheSameProgramWithTheSameArguments(string[] arguments)
    {
        var workingDirectory = _experiment.NewWorkingDirectory();
        var first = WineProcess.RunNamed(_experiment.Executable, "first", workingDirectory, arguments);
        var command = WindowsExperiment.InfoTxt(workingDirectory, "first").Split('\n')[1];

        // As typed at cmd's prompt: cmd reads its commands from stdin.
        var pasted = WineProcess.Run("cmd", Array.Empty<string>(), workingDirectory, standardInput: command + "\r\nexit\r\n",
            environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "pasted" });

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(pasted.ExitCode == 0, pasted.ToString());
        var original = WindowsExperiment.Record(workingDirectory, "first").Command;
        var again = WindowsExperiment.Record(workingDirectory, "pasted").Command;
        Assert.Equal(arguments, original.Arguments);
        Assert.Equal(original.Argv, again.Argv);
    }
}
