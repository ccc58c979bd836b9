using FootstepsBuild.Records;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>The five-line throwaway script of .NET: `dotnet run exp.cs` with `#:package Footsteps.Build`.</summary>
public sealed class ScriptTests
{
    private static string Script(string body) => $"#:package Footsteps.Build@{PackedFootsteps.Version}\n{body}";

    [Fact]
    public void NewUntrackedScript_FirstRunWithSdkDefaults_PromptsAndWritesResultsInTheCallersDirectory()
    {
        var folder = ConsumerProject.ScriptFolder()
            .WriteFile("scripts/exp.cs", Script("File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\");\n"));

        var run = folder.Dotnet("first\n", "run", "scripts/exp.cs");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Input name of experiment:", run.AllOutput);
        var directory = folder.RunDirectory("first");
        Assert.Equal("42", File.ReadAllText(Path.Combine(directory, "out.txt")));
        Assert.Equal(folder.ReadFile("scripts/exp.cs"), File.ReadAllText(Path.Combine(directory, "scripts", "exp.cs")));
        var record = RunRecordFile.Read(Path.Combine(directory, "info.json"));
        Assert.Equal(folder.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Equal("run", record.Git.CollectedAt);
        Assert.Contains("scripts/exp.cs", record.Git.Untracked);
    }

    [Fact]
    public void CommittedThenEditedScript_EveryRunRecordsTheCodeAsItIsNow()
    {
        var folder = ConsumerProject.ScriptFolder()
            .WriteFile("exp.cs", Script("#:property PublishAot=false\nConsole.WriteLine(\"version one\");\n"));
        folder.Git("add", "exp.cs");
        folder.Git("commit", "-q", "-m", "script");

        var committed = folder.Dotnet("committed\n", "run", "exp.cs");
        folder.WriteFile("notes.txt", "x").Git("add", "notes.txt");
        folder.Git("commit", "-q", "-m", "a later commit; the script itself is unchanged");
        var cached = folder.Dotnet("cached\n", "run", "exp.cs");
        folder.WriteFile("exp.cs", Script("#:property PublishAot=false\nConsole.WriteLine(\"version two\");\n"));
        var edited = folder.Dotnet("edited\n", "run", "exp.cs");

        Assert.True(committed.ExitCode == 0 && cached.ExitCode == 0 && edited.ExitCode == 0, committed + "\n" + cached + "\n" + edited);
        Assert.False(File.Exists(Path.Combine(folder.RunDirectory("committed"), "exp.cs")));
        var cachedRecord = RunRecordFile.Read(Path.Combine(folder.RunDirectory("cached"), "info.json"));
        Assert.Equal(folder.Git("rev-parse", "HEAD"), cachedRecord.Git.Commit);
        Assert.Contains("version two", edited.StandardOutput);
        var editedRecord = RunRecordFile.Read(Path.Combine(folder.RunDirectory("edited"), "info.json"));
        Assert.Contains("+Console.WriteLine(\"version two\");", editedRecord.Git.Diff);
        Assert.Contains("version two", File.ReadAllText(Path.Combine(folder.RunDirectory("edited"), "exp.cs")));
    }
}
