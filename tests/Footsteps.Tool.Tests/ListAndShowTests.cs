using System.Text.Json;
using FootstepsBuild.Records;

namespace FootstepsBuild.Tests.Tool;

/// <summary>`footsteps list` and `footsteps show`, text and JSON, on runs of the packed package.</summary>
public sealed class ListAndShowTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public ListAndShowTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
    }

    [Fact]
    public void List_ShowsEveryRun_WithStatusCommitDirtyAndCommand()
    {
        var list = _experiment.Footsteps("list");

        Assert.True(list.ExitCode == 0, list.ToString());
        var lines = list.StandardOutput.Split('\n');
        var commit = _experiment.Project.Git("rev-parse", "HEAD")[..8];
        var clean = Assert.Single(lines, l => l.StartsWith("clean "));
        var edited = Assert.Single(lines, l => l.StartsWith("edited "));
        Assert.Contains("completed", clean);
        Assert.Contains(commit, clean);
        Assert.DoesNotContain("dirty", clean);
        Assert.EndsWith("--lr 0.1", clean);
        Assert.Contains("dirty", edited);
        Assert.EndsWith("--lr 0.2", edited);
    }

    [Fact]
    public void ListJson_ParsesAndCarriesTheEffectiveStatus()
    {
        var list = _experiment.Footsteps("list", "--json");

        Assert.True(list.ExitCode == 0, list.ToString());
        using var json = JsonDocument.Parse(list.StandardOutput);
        var edited = json.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "edited");
        Assert.Equal("completed", edited.GetProperty("status").GetString());
        Assert.True(edited.GetProperty("dirty").GetBoolean());
        Assert.Equal(_experiment.Project.RunDirectory("edited"), edited.GetProperty("directory").GetString());
    }

    [Fact]
    public void Show_SummarizesTheRun_CodeBuildAndCommand()
    {
        var show = _experiment.Footsteps("show", "edited");

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("Status     completed, exit code 0", show.StandardOutput);
        Assert.Contains("Changed    Program.cs", show.StandardOutput);
        Assert.Contains("Untracked  Helper.cs", show.StandardOutput);
        Assert.Contains("--lr 0.2", show.StandardOutput);
        Assert.Contains("Build      Debug net10.0, SDK ", show.StandardOutput);
        Assert.Contains("Footsteps.Build 0.1.0", show.StandardOutput);
    }

    [Fact]
    public void ShowJson_IsTheRecord_ReadableByTheSharedModel()
    {
        var show = _experiment.Footsteps("show", "results/clean", "--json");

        Assert.True(show.ExitCode == 0, show.ToString());
        var shown = JsonSerializer.Deserialize(show.StandardOutput, RunRecordJson.Default.RunRecord)!;
        Assert.Equal(_experiment.Record("clean").EntryAssembly.Mvid, shown.EntryAssembly.Mvid);
        Assert.Equal(new[] { "--lr", "0.1" }, shown.Command.Argv.Skip(1));
    }

    [Fact]
    public void Show_UnknownRun_SaysHowToFindRuns_ExitCode3()
    {
        var show = _experiment.Footsteps("show", "no-such-run");

        Assert.Equal(3, show.ExitCode);
        Assert.Contains("footsteps list", show.StandardError);
    }

    [Fact]
    public void EveryCommand_HasHelp()
    {
        foreach (var command in new[] { "list", "show", "diff", "restore", "verify" })
        {
            var help = _experiment.Footsteps(command, "--help");
            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains("Usage:", help.StandardOutput);
            Assert.Contains($"footsteps {command}", help.StandardOutput);
        }
    }

    [Fact]
    public void MissingArgument_IsAUsageError_ExitCode1()
    {
        var show = _experiment.Footsteps("show");

        Assert.Equal(1, show.ExitCode);
        Assert.Contains("Required argument missing", show.AllOutput);
    }
}
