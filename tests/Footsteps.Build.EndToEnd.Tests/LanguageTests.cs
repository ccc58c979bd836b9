using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>F# and VB programs get the C# record: named at launch before their own code, git facts from the build.</summary>
public sealed class LanguageTests
{
    private const string FSharp = "printfn \"first line of the program\"\nSystem.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\n";

    private const string VisualBasic = """
        Module Program
            Sub Main()
                System.Console.WriteLine("first line of the program")
                System.IO.File.WriteAllText(Footsteps.OutputDir & "out.txt", "42")
            End Sub
        End Module
        """;

    [Theory]
    [InlineData("fs", FSharp)]
    [InlineData("vb", VisualBasic)]
    public void ProgramInFSharpOrVisualBasic_IsNamedAtLaunch_AndRecordsTheCodeItWasBuiltFrom(string extension, string program)
    {
        var project = ConsumerProject.ConsoleIn(extension).WithProgram(program).InGitRepository();

        var build = project.Build("-warnaserror");
        var piped = project.RunProgram("piped\n");
        var named = project.RunProgram(null, runName: "named");

        Assert.DoesNotContain("warning FOOT", build.StandardOutput);
        Assert.True(piped.ExitCode == 0 && named.ExitCode == 0, piped + "\n" + named);
        Assert.Contains("Input name of experiment:", piped.StandardError);
        Assert.Equal("42", File.ReadAllText(Path.Combine(project.RunDirectory("piped"), "out.txt")));
        Assert.Equal("42", File.ReadAllText(Path.Combine(project.RunDirectory("named"), "out.txt")));
        // The name came before any of the program's code: its first line is in output.log.
        Assert.Contains("first line of the program\n", File.ReadAllText(Path.Combine(project.RunDirectory("piped"), "output.log")));
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("piped"), "info.txt"));
        Assert.Contains($"Git Hash:\n{project.Git("describe", "--always")}\n", info);
        Assert.DoesNotContain("Not recorded:", info);
        var record = InfoJsonFile.Read(Path.Combine(project.RunDirectory("piped"), InfoJsonFile.FileName));
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Contains(record.Packages, p => p.Name == "Footsteps.Build");
        Assert.Equal($"exp.{extension}proj", record.Build.ProjectPath);
    }
}
