namespace FootstepsTests.EndToEnd;

public sealed class StaleBinaryTests
{
    [Fact]
    public void RunNoBuildAfterAnEdit_WarnsFS1101_AndRecordsTheBuiltCode()
    {
        var project = ConsumerProject.Console().WithProgram("Console.WriteLine(\"v1\");\n").InGitRepository();
        project.Build();
        project.WriteFile("Program.cs", "Console.WriteLine(\"v2 edited after the build\");\n");

        var run = project.Dotnet("stale\n", "run", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning FS1101", run.AllOutput);
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
        Assert.DoesNotContain("FS1101", run.AllOutput);
        Assert.Contains("+Console.WriteLine(\"v2 edited\");", File.ReadAllText(Path.Combine(project.RunDirectory("fresh"), "info.txt")));
    }
}
