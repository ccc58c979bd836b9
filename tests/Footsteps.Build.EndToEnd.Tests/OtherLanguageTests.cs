using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Until F# and VB are instrumented, their programs are told so, and their records say why they hold no build facts.</summary>
public sealed class OtherLanguageTests
{
    [Fact]
    public void FSharpProgram_IsWarnedFS1007_AndItsRecordSaysTheLanguageIsNotInstrumented()
    {
        var project = ConsumerProject.FSharpConsole()
            .WithProgram("System.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\nprintfn \"done\"\n")
            .InGitRepository();

        var build = project.Build("-warnaserror");
        var run = project.RunProgram(null, runName: "fsharp");

        Assert.Contains("warning FS1007", build.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("42", File.ReadAllText(Path.Combine(project.RunDirectory("fsharp"), "out.txt")));
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("fsharp"), "info.txt"));
        Assert.Contains("Not recorded:\nFS1007: Footsteps.Build instruments C# programs only so far: this F# program", info);
        Assert.DoesNotContain("not built with the Footsteps.Build package targets", info);
    }
}
