using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>The name prompt on a real terminal (tmux), from the packed nupkg.</summary>
public sealed class TerminalPromptTests : IClassFixture<BuiltExperiment>
{
    private readonly ConsumerProject _project;

    public TerminalPromptTests(BuiltExperiment experiment)
    {
        _project = experiment.Project;
    }

    [Fact]
    public void Tab_CompletesAnExistingName_AndTheRunGetsItsOwnDirectory()
    {
        Directory.CreateDirectory(_project.RunDirectory("tabcomplete-target"));
        File.WriteAllText(Path.Combine(_project.RunDirectory("tabcomplete-target"), "info.txt"), "an earlier run");
        using var terminal = new TmuxTerminal(_project.Directory, _project.AppHost);
        terminal.WaitFor("Input name of experiment:");

        terminal.Type("tabc");
        terminal.Press("Tab");
        terminal.WaitFor("tabcomplete-target");
        terminal.Press("Enter");

        var screen = terminal.WaitFor("EXIT=");
        Assert.Contains("Saving results to results/tabcomplete-target-1/", screen);
        Assert.Contains("EXIT=0", screen);
        Assert.Equal("an earlier run", File.ReadAllText(Path.Combine(_project.RunDirectory("tabcomplete-target"), "info.txt")));
    }

    [Fact]
    public void SecondTab_ListsTheCandidates_WhenTheyShareNoLongerPrefix()
    {
        foreach (var name in new[] { "listing-alpha", "listing-beta" })
        {
            Directory.CreateDirectory(_project.RunDirectory(name));
            File.WriteAllText(Path.Combine(_project.RunDirectory(name), "info.txt"), "earlier");
        }
        using var terminal = new TmuxTerminal(_project.Directory, _project.AppHost);
        terminal.WaitFor("Input name of experiment:");

        terminal.Type("listing-");
        terminal.Press("Tab");
        terminal.Press("Tab");
        terminal.WaitFor("listing-alpha  listing-beta");
        terminal.Type("beta");
        terminal.Press("Enter");

        Assert.Contains("Saving results to results/listing-beta-1/", terminal.WaitFor("EXIT="));
    }

    [Fact]
    public void EditingKeys_ChangeTheTypedName()
    {
        using var terminal = new TmuxTerminal(_project.Directory, _project.AppHost);
        terminal.WaitFor("Input name of experiment:");

        terminal.Type("edXited");
        terminal.Press("Left");
        terminal.Press("Left");
        terminal.Press("Left");
        terminal.Press("Left");
        terminal.Press("BSpace");
        terminal.Press("End");
        terminal.Type("-name");
        terminal.Press("Enter");

        Assert.Contains("Saving results to results/edited-name/", terminal.WaitFor("EXIT="));
    }

    [Fact]
    public void CtrlC_AtThePrompt_ExitsWith130_AndCreatesNothing()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("footsteps-ctrlc-").FullName;
        using var terminal = new TmuxTerminal(workingDirectory, _project.AppHost);
        terminal.WaitFor("Input name of experiment:");

        terminal.Type("never-claimed");
        terminal.Press("C-c");

        Assert.Contains("EXIT=130", terminal.WaitFor("EXIT="));
        Assert.False(Directory.Exists(Path.Combine(workingDirectory, "results", "never-claimed")));
    }

    [Fact]
    public void HostileNameOnATerminal_IsRefusedAndAskedAgain()
    {
        using var terminal = new TmuxTerminal(_project.Directory, _project.AppHost);
        terminal.WaitFor("Input name of experiment:");

        terminal.Type("../outside");
        terminal.Press("Enter");
        terminal.WaitFor("Please type another name.");
        terminal.Type("inside");
        terminal.Press("Enter");

        Assert.Contains("Saving results to results/inside/", terminal.WaitFor("EXIT="));
        Assert.False(Directory.Exists(Path.Combine(_project.Directory, "..", "outside")));
    }
}
