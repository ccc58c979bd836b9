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
        RunOnSmallDisk(Chatty, "size=2m", "chatty", savedLength: 200_000);
    }

    // Plenty of room when output.log first asks, then the program fills its disk itself, leaving
    // 800 KiB, and goes on printing: 900 KiB more in 100 KiB steps, less than the MiB of growth
    // that makes the log ask again on its own account, so only the once-a-second question stops it.
    private const string FillsItsOwnDisk = """
        var line = new string('x', 1023);
        void Print(int kib) { for (var i = 0; i < kib; i++) Console.WriteLine(line); }
        Print(100);
        Thread.Sleep(400);
        var left = new DriveInfo(Footsteps.OutputDir).AvailableFreeSpace - 800 * 1024;
        var block = new byte[1 << 20];
        using (var fill = File.Create(Footsteps.OutputDir + "data.bin"))
        {
            for (; left > 0; left -= block.Length)
                fill.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        for (var step = 0; step < 9; step++)
        {
            Print(100);
            Thread.Sleep(250);
        }
        File.WriteAllText(Footsteps.OutputDir + "done.txt", new string('r', 50_000));
        Console.Error.WriteLine("results saved");
        """;

    [Fact]
    public void ADiskTheProgramFillsWhileItPrints_StopsOutputLogWithinASecond_AndTheProgramsLastWriteSucceeds()
    {
        var log = RunOnSmallDisk(FillsItsOwnDisk, "size=80m", "filler", savedLength: 50_000);

        Assert.InRange(log.Length, 100 * 1024, 700 * 1024);
    }

    // Runs the program with its working directory on a tmpfs of these mount options; the program
    // saves done.txt of savedLength characters and then prints "results saved". Returns output.log.
    private static string RunOnSmallDisk(string program, string tmpfsOptions, string runName, int savedLength)
    {
        var project = ConsumerProject.Console().WithProgram(program).InGitRepository();
        project.Build();
        using var mount = TmpfsMount.Create(tmpfsOptions);

        var run = ProcessRunner.Run(project.AppHost, Array.Empty<string>(), mount.Path, null,
            new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = runName });

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("results saved", run.StandardError);
        var directory = Path.Combine(mount.Path, "results", runName);
        Assert.Equal(savedLength, new FileInfo(Path.Combine(directory, "done.txt")).Length);
        Assert.Equal(RunStatus.Completed, RunRecordFile.Read(Path.Combine(directory, InfoJsonFile.FileName)).Status);
        var log = File.ReadAllText(Path.Combine(directory, "output.log"));
        Assert.Contains("[Footsteps: output.log stops here: its filesystem has", log);
        Assert.Empty(Directory.GetFiles(directory, "*.tmp-*"));
        return log;
    }
}
