using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>A program and the library it references in one repository, with work not yet committed in both.</summary>
public sealed class MonorepoTests
{
    [Fact]
    public void UntrackedSourcesOfAReferencedLibrary_AndAnUntrackedDirectoryBuildProps_AreCopiedIntoTheRun()
    {
        var project = ConsumerProject.ConsoleWithLibrary().WithProgram("Console.WriteLine(Lib.Extra.Value);\n").InGitRepository();
        const string extra = "namespace Lib;\npublic static class Extra { public const string Value = \"from an untracked library source\"; }\n";
        const string props = "<Project><PropertyGroup><Deterministic>true</Deterministic></PropertyGroup></Project>\n";
        project.WriteFile("lib/Extra.cs", extra).WriteFile("Directory.Build.props", props);
        project.Build();

        var run = project.RunProgram(null, runName: "monorepo");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("from an untracked library source", run.StandardOutput);
        Assert.Equal(extra, File.ReadAllText(Path.Combine(project.RunDirectory("monorepo"), "lib", "Extra.cs")));
        Assert.Equal(props, File.ReadAllText(Path.Combine(project.RunDirectory("monorepo"), "Directory.Build.props")));
    }
}
