using FootstepsBuild.Records;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

public sealed class StaleBinaryTests
{
    [Theory]
    [InlineData("cs")]
    [InlineData("fs")]
    public void RunNoBuildAfterAnEdit_WarnsFOOT1101_AndRecordsTheBuiltCode(string extension)
    {
        var project = ConsumerProject.ConsoleIn(extension).WithProgram(ConsumerProject.PrintingProgram(extension, "v1")).InGitRepository();
        project.Build();
        project.WriteFile($"Program.{extension}", ConsumerProject.PrintingProgram(extension, "v2 edited after the build"));

        var run = project.Dotnet("stale\n", "run", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning FOOT1101", run.AllOutput);
        Assert.DoesNotContain("v2 edited", File.ReadAllText(Path.Combine(project.RunDirectory("stale"), "info.txt")));
    }

    [Fact]
    public void DotnetRunAfterAnEdit_RebuildsFirst_SoTheRecordIsFresh()
    {
        var project = ConsumerProject.Console().WithProgram("Console.WriteLine(\"v1\");\n").InGitRepository();
        project.Build();
        project.WriteFile("Program.cs", "Console.WriteLine(\"v2 edited\");\n");

        var run = project.Dotnet("fresh\n", "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("FOOT1101", run.AllOutput);
        Assert.Contains("+Console.WriteLine(\"v2 edited\");", File.ReadAllText(Path.Combine(project.RunDirectory("fresh"), "info.txt")));
    }
}

public sealed class StaleBinaryAtLaunchTests
{
    [Theory]
    [InlineData("cs")]
    [InlineData("fs")]
    [InlineData("vb")]
    public void OldBinaryRunAfterAnEdit_SaysSoInInfoTxt_AndKeepsBothStatesInInfoJson(string extension)
    {
        var project = ConsumerProject.ConsoleIn(extension).WithProgram(ConsumerProject.PrintingProgram(extension, "v1")).InGitRepository();
        project.Build();
        Thread.Sleep(1100); // coarse file-system clocks: the edit must be visibly newer than the build
        project.WriteFile($"Program.{extension}", ConsumerProject.PrintingProgram(extension, "v2 edited after the build"));

        var run = project.RunProgram("stale\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("v1", run.StandardOutput);
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("stale"), "info.txt"));
        Assert.StartsWith($"Warning:\nThis binary was built from other code than the working tree now holds (1 source file(s) changed since the build: Program.{extension})", info);
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("stale"), "info.json"));
        Assert.Equal(new[] { $"Program.{extension}" }, record.WorkingTree?.ChangedSources);
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.Git.Commit);
    }

    [Fact]
    public void OldDllRunAfterACommit_SaysHeadMoved()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.Build();
        project.WriteFile("notes.md", "later work").Git("add", "notes.md");
        project.Git("commit", "-q", "-m", "later");

        project.RunProgram("moved\n");

        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("moved"), "info.json"));
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.WorkingTree?.Commit);
        Assert.NotEqual(record.Git.Commit, record.WorkingTree?.Commit);
        Assert.StartsWith("Warning:\n", File.ReadAllText(Path.Combine(project.RunDirectory("moved"), "info.txt")));
    }

    [Fact]
    public void FreshDll_HasNoWarning()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.Build();

        project.RunProgram("fresh\n");

        Assert.StartsWith("Command:\n", File.ReadAllText(Path.Combine(project.RunDirectory("fresh"), "info.txt")));
        Assert.Null(RunRecordFile.Read(Path.Combine(project.RunDirectory("fresh"), "info.json")).WorkingTree);
    }
}
