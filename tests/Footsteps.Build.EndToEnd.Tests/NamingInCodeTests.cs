using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Programs that name their runs in code need no configuration, and every contradiction is said out loud.</summary>
public sealed class NamingInCodeTests
{
    private const string VisualBasicNamingInCode =
        "Footsteps.Initialize(\"in-code\")\nSystem.IO.File.WriteAllText(Footsteps.OutputDir & \"x.txt\", \"1\")";

    [Theory]
    [InlineData("cs", "Footsteps.Initialize(\"in-code\");\nFile.WriteAllText(Footsteps.OutputDir + \"x.txt\", \"1\");\n")]
    [InlineData("fs", "Footsteps.Initialize \"in-code\" |> ignore\nSystem.IO.File.WriteAllText(Footsteps.OutputDir + \"x.txt\", \"1\")\n")]
    [InlineData("vb", VisualBasicNamingInCode)]
    public void ProgramCallingInitialize_IsNotPromptedAtLaunch_AndItsRunHasTheNameFromCode(string extension, string program)
    {
        var project = ConsumerProject.ConsoleIn(extension)
            .WithProgram(extension == "vb" ? ConsumerProject.VisualBasicProgram(program) : program)
            .InGitRepository();
        project.Build();

        var run = project.RunProgram("a name nobody should read\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Input name of experiment:", run.StandardError);
        Assert.Equal("1", File.ReadAllText(Path.Combine(project.RunDirectory("in-code"), "x.txt")));
    }

    [Fact]
    public void InitializeWithAnOutputRoot_WritesThere_AsUpstreamFootstepsDoes()
    {
        var project = ConsumerProject.Console()
            .WithProgram("Footsteps.Initialize(\"upstream\", outputRoot: \"../shared-results/\");\n")
            .InGitRepository();
        project.Build();

        var run = project.RunProgram(null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(project.Directory, "..", "shared-results", "upstream", "info.json")), run.ToString());
        Assert.False(Directory.Exists(Path.Combine(project.Directory, "results")));
    }

    [Fact]
    public void InitializeWithoutAnOutputRoot_HonoursFootstepsOutputRoot()
    {
        var project = ConsumerProject.Console("<PropertyGroup><FootstepsAutoStart>false</FootstepsAutoStart><FootstepsOutputRoot>out</FootstepsOutputRoot></PropertyGroup>")
            .WithProgram("Footsteps.Initialize(\"x\");\n")
            .InGitRepository();
        project.Build();

        var run = project.RunProgram(null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(project.Directory, "out", "x", "info.json")), run.ToString());
    }

    [Fact]
    public void InitializeContradictingTheRunStartedAtLaunch_ThrowsSayingHowToFixIt()
    {
        var project = ConsumerProject.Console("<PropertyGroup><FootstepsAutoStart>true</FootstepsAutoStart></PropertyGroup>")
            .WithProgram("try { Footsteps.Initialize(\"from-code\"); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }\n")
            .InGitRepository();
        project.Build();

        var run = project.RunProgram("at-launch\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Footsteps.Initialize(\"from-code\") contradicts the run already started at launch: 'at-launch'", run.StandardOutput);
        Assert.Contains("<FootstepsAutoStart>false</FootstepsAutoStart>", run.StandardOutput);
    }
}
