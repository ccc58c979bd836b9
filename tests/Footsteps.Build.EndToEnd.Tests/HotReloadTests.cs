using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>`dotnet watch` changes a running program's code: the record says so.</summary>
public sealed class HotReloadTests
{
    private const string Loop = """
        for (var i = 0; i < 240; i++)
        {
            Console.WriteLine(Value.Get());
            Thread.Sleep(250);
        }

        static class Value
        {
            public static string Get() => "before the edit";
        }
        """;

    [Fact]
    public void AnUpdateAppliedByDotnetWatch_IsRecorded_AndInfoTxtWarnsThatTheCodeChanged()
    {
        var project = ConsumerProject.Console().WithProgram(Loop).InGitRepository();
        var environment = project.SdkEnvironment();
        environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";

        using (var watch = new RunningProgram(ConsumerProject.DotnetExecutable, project.Directory, "watched", environment, "watch", "run", "--non-interactive"))
        {
            watch.WaitForOutput("before the edit");
            // Edits made before dotnet watch watches the files go unnoticed.
            watch.WaitForOutput("Waiting for changes");
            Thread.Sleep(1000);
            project.WriteFile("Program.cs", Loop.Replace("before the edit", "after the edit"));
            watch.WaitForOutput("after the edit");
        }

        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("watched"), InfoJsonFile.FileName));
        var update = Assert.Single(record.HotReloads);
        Assert.Contains("Value", update.Types);
        Assert.Contains(record.Warnings, warning => warning.StartsWith("hot reload:", StringComparison.Ordinal));
        Assert.Contains("Warning:\nThe code changed during the run: a hot reload update was applied",
            File.ReadAllText(Path.Combine(project.RunDirectory("watched"), "info.txt")));
    }
}
