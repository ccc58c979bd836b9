using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Until F# and VB are instrumented, their programs are told so, and their records say why they hold no build facts.</summary>
public sealed class OtherLanguageTests
{
    private const string FSharp = "System.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\nprintfn \"done\"\n";

    private const string VisualBasic = """
        Module Program
            Sub Main()
                System.IO.File.WriteAllText(Footsteps.OutputDir & "out.txt", "42")
                System.Console.WriteLine("done")
            End Sub
        End Module
        """;

    [Theory]
    [InlineData("fs", "F#", FSharp)]
    [InlineData("vb", "VB", VisualBasic)]
    public void ProgramInAnotherLanguage_IsWarnedFOOT1007_AndItsRecordSaysTheLanguageIsNotInstrumented(string extension, string language, string program)
    {
        var project = ConsumerProject.ConsoleIn(extension).WithProgram(program).InGitRepository();

        var build = project.Build("-warnaserror");
        var run = project.RunProgram(null, runName: extension);

        Assert.Contains("warning FOOT1007", build.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("42", File.ReadAllText(Path.Combine(project.RunDirectory(extension), "out.txt")));
        var info = File.ReadAllText(Path.Combine(project.RunDirectory(extension), "info.txt"));
        Assert.Contains($"Not recorded:\nFOOT1007: Footsteps.Build instruments C# programs only so far: this {language} program", info);
        Assert.DoesNotContain("not built with the Footsteps.Build package targets", info);
    }
}
