using System.Diagnostics;
using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Launches in a hostile world: crowds, bad names, outputs that cannot be written. From the packed nupkg.</summary>
public sealed class HostileLaunchTests : IClassFixture<LifecycleExperiment>
{
    private readonly ConsumerProject _project;

    public HostileLaunchTests(LifecycleExperiment experiment)
    {
        _project = experiment.Project;
    }

    [Fact]
    public void SixtyFourSimultaneousLaunchesWithOneName_EachGetTheirOwnCompleteDirectory()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("footsteps-crowd-").FullName;
        var processes = new List<Process>();
        for (var i = 0; i < 64; i++)
        {
            var startInfo = new ProcessStartInfo(_project.AppHost) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            startInfo.Environment["FOOTSTEPS_NAME"] = "same";
            processes.Add(Process.Start(startInfo)!);
        }
        var outputs = processes.Select(p => (Output: p.StandardOutput.ReadToEndAsync(), Error: p.StandardError.ReadToEndAsync())).ToList();
        foreach (var process in processes)
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "a launch never finished");

        Assert.All(processes.Zip(outputs), p => Assert.True(p.First.ExitCode == 0, p.Second.Error.Result));
        var expected = Enumerable.Range(0, 64).Select(i => i == 0 ? "same" : $"same-{i}").Order().ToList();
        var directories = Directory.GetDirectories(Path.Combine(workingDirectory, "results")).Select(d => Path.GetFileName(d)!).Order().ToList();
        Assert.Equal(expected, directories);
        var pids = new HashSet<int>();
        foreach (var directory in directories)
        {
            var info = File.ReadAllText(Path.Combine(workingDirectory, "results", directory, "info.txt"));
            Assert.Contains("Current working dir:\n", info);
            Assert.Contains("Build:\n", info);
            var record = RunRecordFile.Read(Path.Combine(workingDirectory, "results", directory, "info.json"));
            Assert.Equal(RunStatus.Completed, record.Status);
            Assert.Equal(directory, record.Name);
            Assert.True(pids.Add(record.Process.Pid), "two runs share a directory");
        }
        Assert.All(outputs, o => Assert.DoesNotContain("Exception", o.Error.Result));
    }

    [Theory]
    [InlineData("/etc/absolute")]
    [InlineData("../../../../outside")]
    [InlineData("a/../../b")]
    [InlineData("~")]
    [InlineData("~/home-like")]
    [InlineData("   ")]
    [InlineData("tab\tand\u0007bell")]
    [InlineData("CON")]
    [InlineData("nul.txt")]
    [InlineData("trailing dots... ")]
    [InlineData("größe/实验/😀")]
    [InlineData("C:\\Windows\\System32")]
    [InlineData("x")] // with 300 more characters, below
    public void HostileName_NeverLeavesTheOutputRoot_NorCrashes(string name)
    {
        if (name == "x")
            name = new string('x', 320);
        var workingDirectory = Directory.CreateTempSubdirectory("footsteps-names-").FullName;
        var outputRoot = Path.Combine(workingDirectory, "results") + Path.DirectorySeparatorChar;

        var run = ProcessRunner.Run(_project.AppHost, Array.Empty<string>(), workingDirectory,
            environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = name });

        Assert.True(run.ExitCode == 0, run.ToString());
        var infos = Directory.GetFiles(workingDirectory, "info.txt", SearchOption.AllDirectories);
        var info = Assert.Single(infos);
        Assert.StartsWith(outputRoot, info);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.Equal(new[] { outputRoot.TrimEnd(Path.DirectorySeparatorChar) }, Directory.GetFileSystemEntries(workingDirectory));
    }

    [Fact]
    public void ReadOnlyOutputRoot_FailsAtLaunch_NamingThePath()
    {
        using var mount = TmpfsMount.Create("ro,size=64k");

        var run = ProcessRunner.Run(_project.AppHost, Array.Empty<string>(), mount.Path,
            environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "nowhere" });

        Assert.Equal(73, run.ExitCode);
        Assert.Contains(Path.Combine(mount.Path, "results"), run.StandardError);
        Assert.DoesNotContain("hello", run.StandardOutput);
    }

    [Fact]
    public void FullDisk_FailsAtLaunch_NamingThePath()
    {
        using var mount = TmpfsMount.Create("size=64k");
        mount.FillUp();

        var run = ProcessRunner.Run(_project.AppHost, Array.Empty<string>(), mount.Path,
            environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "no-space" });

        Assert.Equal(73, run.ExitCode);
        Assert.Contains(Path.Combine(mount.Path, "results"), run.StandardError);
        Assert.DoesNotContain("hello", run.StandardOutput);
    }
}

/// <summary>A small tmpfs (root only, as in CI): read-only or fillable, to test what users meet on shared clusters.</summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static TmpfsMount Create(string options)
    {
        var path = Directory.CreateTempSubdirectory("footsteps-tmpfs-").FullName;
        var result = ProcessRunner.Run("mount", new[] { "-t", "tmpfs", "-o", options, "tmpfs", path }, System.IO.Path.GetTempPath());
        Assert.True(result.ExitCode == 0, "This test mounts a tmpfs and needs root (CI runs as root): " + result);
        return new TmpfsMount(path);
    }

    public void FillUp()
    {
        try
        {
            using var fill = new FileStream(System.IO.Path.Combine(Path, "fill"), FileMode.Create);
            var block = new byte[4096];
            while (true)
                fill.Write(block);
        }
        catch (IOException)
        {
            // No space left: what we wanted.
        }
    }

    public void Dispose() => ProcessRunner.Run("umount", new[] { Path }, System.IO.Path.GetTempPath());
}
