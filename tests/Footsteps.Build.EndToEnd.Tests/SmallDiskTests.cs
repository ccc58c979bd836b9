using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>A program that prints far more than its disk holds: the copy of the console must never cost it its results.</summary>
public sealed class SmallDiskTests
{
    private const string Chatty = """
        var line = new string('x', 100);
        for (var i = 0; i < 200_000; i++)
            Console.WriteLine(line);
        File.WriteAllText(Footsteps.OutputDir + "done.txt", new string('r', 200_000));
        Console.Error.WriteLine("results saved");
        """;

    [Fact]
    public void PrintingTwentyMegabytesOnATwoMebibyteDisk_LeavesTheProgramsOwnWriteIntact_AndNoTempFiles()
    {
        var project = ConsumerProject.Console().WithProgram(Chatty).InGitRepository();
        project.Build();
        using var mount = TmpfsMount.Create("size=2m");

        var run = ProcessRunner.Run(project.AppHost, Array.Empty<string>(), mount.Path, null,
            new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "chatty" });

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("results saved", run.StandardError);
        var directory = Path.Combine(mount.Path, "results", "chatty");
        Assert.Equal(200_000, new FileInfo(Path.Combine(directory, "done.txt")).Length);
        Assert.Equal(RunStatus.Completed, RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName)).Status);
        Assert.Contains("[Footsteps: output.log stops here: its filesystem has", File.ReadAllText(Path.Combine(directory, "output.log")));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp-*"));
    }
}
