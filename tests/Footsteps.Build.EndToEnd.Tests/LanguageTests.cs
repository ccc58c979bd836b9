using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>F# and VB programs get the C# record: named at launch before their own code, git facts from the build.</summary>
public sealed class LanguageTests
{
    private const string FSharp = "printfn \"first line of the program\"\nSystem.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\n";
    private const string VisualBasic = "System.Console.WriteLine(\"first line of the program\")\nSystem.IO.File.WriteAllText(Footsteps.OutputDir & \"out.txt\", \"42\")";

    // An untracked source beside the committed program: F# compiles files in order, so it goes first.
    private const string FSharpHelper = "module Helper\nlet describe () = \"helper from an untracked file\"\n";
    private const string VisualBasicHelper = "Module Helper\n    Function Describe() As String\n        Return \"helper from an untracked file\"\n    End Function\nEnd Module\n";

    [Theory]
    [InlineData("fs")]
    [InlineData("vb")]
    public void ProgramInFSharpOrVisualBasic_IsNamedAtLaunch_AndRecordsTheCodeItWasBuiltFrom(string extension)
    {
        var project = (extension == "fs"
                ? ConsumerProject.ConsoleIn("fs", "<ItemGroup><CompileBefore Include=\"Helper.fs\" /></ItemGroup>").WithProgram(FSharp)
                : ConsumerProject.ConsoleIn("vb").WithProgram(ConsumerProject.VisualBasicProgram(VisualBasic)))
            .InGitRepository()
            .WriteFile($"Helper.{extension}", extension == "fs" ? FSharpHelper : VisualBasicHelper);

        var build = project.Build("-warnaserror");
        var piped = project.RunProgram("piped\n");
        var named = project.RunProgram(null, runName: "named");
        var namedAgain = project.RunProgram(null, runName: "named");
        var target = project.Dotnet(null, "msbuild", "-t:FootstepsRun", "-nodeReuse:false", "-p:FootstepsName=via-target");

        Assert.DoesNotContain("warning FOOT", build.StandardOutput);
        Assert.True(piped.ExitCode == 0 && named.ExitCode == 0 && namedAgain.ExitCode == 0 && target.ExitCode == 0,
            piped + "\n" + named + "\n" + namedAgain + "\n" + target);
        Assert.Contains("Input name of experiment:", piped.StandardError);
        Assert.DoesNotContain("Input name of experiment:", named.StandardError);
        foreach (var run in new[] { "piped", "named", "named-1", "via-target" })
            Assert.Equal("42", File.ReadAllText(Path.Combine(project.RunDirectory(run), "out.txt")));
        // The name came before any of the program's code: its first line is in output.log.
        Assert.Contains("first line of the program\n", File.ReadAllText(Path.Combine(project.RunDirectory("piped"), "output.log")));
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("piped"), "info.txt"));
        Assert.Contains($"Git Hash:\n{project.Git("describe", "--always")}\n", info);
        Assert.DoesNotContain("Not recorded:", info);
        Assert.DoesNotContain("Warning:", info);
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("piped"), InfoJsonFile.FileName));
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Contains(record.Packages, p => p.Name == "Footsteps.Build");
        Assert.Contains(record.Packages, p => p.Name == (extension == "fs" ? "FSharp.Core" : "Footsteps.Build"));
        Assert.Equal($"exp.{extension}proj", record.Build.ProjectPath);
        Assert.Equal("Debug", record.Build.Configuration);
        Assert.Equal(new[] { $"Helper.{extension}" }, record.Git.Untracked.Where(path => path.StartsWith("Helper", StringComparison.Ordinal)));
        Assert.Equal(project.ReadFile($"Helper.{extension}"), File.ReadAllText(Path.Combine(project.RunDirectory("piped"), $"Helper.{extension}")));
    }

    [Fact]
    public void TrimmedFSharpProgram_WarnsFOOT1008_WithoutFailingAStrictBuild()
    {
        var project = ConsumerProject.ConsoleIn("fs", "<PropertyGroup><PublishTrimmed>true</PublishTrimmed></PropertyGroup>")
            .WithProgram(FSharp).InGitRepository();

        var build = project.Build("-warnaserror");

        Assert.Contains("warning FOOT1008", build.StandardOutput);
        Assert.Contains("startup hook", build.StandardOutput);
    }
}
