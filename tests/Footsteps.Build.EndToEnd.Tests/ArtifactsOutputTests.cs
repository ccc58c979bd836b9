using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>UseArtifactsOutput (SDK 8+): output and intermediate paths are absolute, under artifacts/.</summary>
public sealed class ArtifactsOutputTests
{
    [Fact]
    public void ArtifactsLayout_FactsLiveUnderArtifactsObj_AndBuildOutputIsNoSource()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.WriteFile("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>\n");
        project.WriteFile("Program.cs", "Console.WriteLine(\"built into artifacts\");\n");

        project.Build();
        var run = project.RunProgram("artifacts\n", program: Path.Combine(project.Directory, "artifacts", "bin", ConsumerProject.Name, "debug", ConsumerProject.Name));

        Assert.True(run.ExitCode == 0, run.ToString());
        var factsFiles = Directory.GetFiles(project.Directory, "build-facts.json", SearchOption.AllDirectories);
        Assert.Equal(new[] { Path.Combine(project.Directory, "artifacts", "obj", ConsumerProject.Name, "debug", "footsteps", "build-facts.json") }, factsFiles);
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("artifacts"), "info.txt"));
        Assert.Contains("+Console.WriteLine(\"built into artifacts\");", info);
        Assert.Contains("Directory.Build.props", info);
        // Neither listed untracked nor in the diff (the command line names the program's path, so not "artifacts/" anywhere).
        Assert.DoesNotContain("\nartifacts/", info);
        Assert.DoesNotContain("b/artifacts/", info);
    }
}
