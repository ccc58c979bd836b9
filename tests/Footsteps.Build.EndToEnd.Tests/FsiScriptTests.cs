using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>F# scripts: `#r "nuget: Footsteps.Build"` at the top of exp.fsx, then `dotnet fsi exp.fsx args`.</summary>
public sealed class FsiScriptTests
{
    private static string Script(string body) => ConsumerProject.FsiScript(body);

    private const string WritesAndPrints =
        "printfn \"first line of the script\"\nSystem.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\n";

    private static Dictionary<string, string?> Named(string name) => new() { ["FOOTSTEPS_NAME"] = name };

    [Fact]
    public void UntrackedScript_NamedByPipe_RecordsItsCommandGitFactsPackagesAndACopyOfTheScript()
    {
        var folder = ConsumerProject.ScriptFolder().WriteFile("exp.fsx", Script(WritesAndPrints));

        var run = folder.Fsi("piped\n", null, "exp.fsx", "a", "b c");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Input name of experiment:", run.StandardError);
        var directory = folder.RunDirectory("piped");
        Assert.Equal("42", File.ReadAllText(Path.Combine(directory, "out.txt")));
        // The run started before the script's own code: its first line is in output.log, after ours.
        var log = File.ReadAllText(Path.Combine(directory, "output.log"));
        Assert.Matches("(?s)Saving results to results/piped/\n.*first line of the script\n", log);
        Assert.Equal(folder.ReadFile("exp.fsx"), File.ReadAllText(Path.Combine(directory, "exp.fsx")));
        var info = File.ReadAllText(Path.Combine(directory, "info.txt"));
        Assert.Matches("Command:\n\\S*dotnet fsi exp.fsx a 'b c'\n", info);
        Assert.DoesNotContain("Not recorded:", info);
        var record = RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName));
        Assert.Equal(new[] { "a", "b c" }, record.Command.Arguments);
        Assert.Equal(folder.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Equal("run", record.Git.CollectedAt);
        Assert.Contains("exp.fsx", record.Git.Untracked);
        Assert.Equal("exp.fsx", record.Build.ProjectPath);
        Assert.False(string.IsNullOrEmpty(record.Build.SdkVersion));
        Assert.Contains(record.Packages, p => p.Name == "Footsteps.Build" && p.Version == PackedFootsteps.Version);
        Assert.Contains($"Footsteps.Build {PackedFootsteps.Version}\n", File.ReadAllText(Path.Combine(directory, PackageVersionsFile.FileName)));
        Assert.Equal("completed", record.Status);
    }

    [Fact]
    public void CommittedScript_NamedTwiceByEnvironment_GetsTwoRunsAndNoCopy_AndAnEditShowsInTheNextDiff()
    {
        var folder = ConsumerProject.ScriptFolder().WriteFile("exp.fsx", Script(WritesAndPrints));
        folder.Git("add", "exp.fsx");
        folder.Git("commit", "-q", "-m", "script");

        var first = folder.Fsi(null, Named("same"), "exp.fsx");
        var second = folder.Fsi(null, Named("same"), "exp.fsx");
        folder.WriteFile("exp.fsx", Script(WritesAndPrints + "printfn \"an edit\"\n"));
        var edited = folder.Fsi(null, Named("edited"), "exp.fsx");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && edited.ExitCode == 0, first + "\n" + second + "\n" + edited);
        Assert.DoesNotContain("Input name of experiment:", first.StandardError);
        var firstRecord = RunRecordFile.Read(Path.Combine(folder.RunDirectory("same"), InfoJsonFile.FileName));
        var secondRecord = RunRecordFile.Read(Path.Combine(folder.RunDirectory("same-1"), InfoJsonFile.FileName));
        Assert.Equal("same", firstRecord.Name);
        Assert.Equal("same-1", secondRecord.Name);
        Assert.False(firstRecord.Git.Dirty);
        Assert.False(File.Exists(Path.Combine(folder.RunDirectory("same"), "exp.fsx")));
        var editedRecord = RunRecordFile.Read(Path.Combine(folder.RunDirectory("edited"), InfoJsonFile.FileName));
        Assert.Contains("+printfn \"an edit\"", editedRecord.Git.Diff);
        Assert.Contains("an edit", File.ReadAllText(Path.Combine(folder.RunDirectory("edited"), "exp.fsx")));
    }

    [Fact]
    public void ScriptThatThrows_IsRecordedAsFailedWithItsException()
    {
        var folder = ConsumerProject.ScriptFolder()
            .WriteFile("exp.fsx", Script("let train () : unit = failwith \"diverged at step 7\"\ntrain ()\n"));

        var run = folder.Fsi(null, Named("diverged"), "exp.fsx");

        Assert.Equal(1, run.ExitCode);
        var record = RunRecordFile.Read(Path.Combine(folder.RunDirectory("diverged"), InfoJsonFile.FileName));
        Assert.Equal("failed", record.Status);
        Assert.Equal(1, record.ExitCode);
        Assert.Equal("diverged at step 7", record.Exception?.Message);
    }

    [Fact]
    public void ScriptThatNamesItsRunInCode_IsNotAskedForANameAtLaunch()
    {
        var folder = ConsumerProject.ScriptFolder().WriteFile("exp.fsx",
            Script("let lr = 0.1\nSystem.IO.File.WriteAllText(Footsteps.Initialize($\"sweep/lr{lr}\") + \"out.txt\", \"42\")\n"));

        var run = folder.Fsi("ignored\n", null, "exp.fsx");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Input name of experiment:", run.StandardError);
        Assert.Equal("42", File.ReadAllText(Path.Combine(folder.RunDirectory("sweep/lr0.1"), "out.txt")));
    }
}
