using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>F# and VB programs and an F# script ask for their name on a real terminal (tmux), as a C# program does.</summary>
public sealed class LanguagePromptTests
{
    private const string FSharp = "printfn \"first line of the program\"\nSystem.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"42\")\n";
    private const string VisualBasic = "System.Console.WriteLine(\"first line of the program\")\nSystem.IO.File.WriteAllText(Footsteps.OutputDir & \"out.txt\", \"42\")";

    [Theory]
    [InlineData("fs")]
    [InlineData("vb")]
    [InlineData("fsx")]
    public void ProgramOrScript_OnATerminal_PromptsBeforeItsCode_AndRecordsTheTypedName(string kind)
    {
        ConsumerProject folder;
        string command;
        if (kind != "fsx")
        {
            folder = ConsumerProject.ConsoleIn(kind).WithProgram(kind == "fs" ? FSharp : ConsumerProject.VisualBasicProgram(VisualBasic)).InGitRepository();
            folder.Build();
            command = folder.AppHost;
        }
        else
        {
            folder = ConsumerProject.ScriptFolder().WriteFile("exp.fsx", ConsumerProject.FsiScript(FSharp));
            // The terminal's shell gets the tests' SDK environment (private NuGet cache and fsi HOME) on its command line.
            var environment = string.Join(" ", folder.FsiEnvironment().Where(v => v.Value != null).Select(v => $"{v.Key}='{v.Value}'"));
            command = $"env {environment} {ConsumerProject.DotnetExecutable} fsi exp.fsx";
        }
        using var terminal = new TmuxTerminal(folder.Directory, command);
        terminal.WaitFor("Input name of experiment:", seconds: 120);

        terminal.Type("typed-at-the-prompt");
        terminal.Press("Enter");

        var screen = terminal.WaitFor("EXIT=", seconds: 120);
        Assert.Contains("EXIT=0", screen);
        // The prompt came before the program's first line.
        Assert.True(screen.IndexOf("Input name of experiment:", StringComparison.Ordinal) < screen.IndexOf("first line of the program", StringComparison.Ordinal), screen);
        var directory = folder.RunDirectory("typed-at-the-prompt");
        Assert.Equal("42", File.ReadAllText(Path.Combine(directory, "out.txt")));
        Assert.Equal("typed-at-the-prompt", RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName)).RequestedName);
    }
}
