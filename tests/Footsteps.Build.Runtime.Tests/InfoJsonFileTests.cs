using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class InfoJsonFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("footsteps-record-").FullName;

    private static RunRecord Running(int pid, DateTime startTimeUtc) => new()
    {
        Name = "r",
        Process = new ProcessRecord { Pid = pid, StartTimeUtc = startTimeUtc },
        Host = new HostRecord { HostName = Environment.MachineName },
    };

    [Fact]
    public void WrittenRecord_ReadsBackTheSame()
    {
        var record = Running(1, DateTime.UtcNow);
        record.Git.Diff = "+\"quoted\" ü\n";
        record.Environment["OMP_NUM_THREADS"] = "4";

        InfoJsonFile.Write(_directory, record);
        var read = RunRecordFile.Read(Path.Combine(_directory, InfoJsonFile.FileName));

        Assert.Equal("r", read.Name);
        Assert.Equal(record.Git.Diff, read.Git.Diff);
        Assert.Equal("4", read.Environment["OMP_NUM_THREADS"]);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void RecordFromANewerSchema_IsRefusedWithAClearMessage()
    {
        File.WriteAllText(Path.Combine(_directory, "info.json"), "{\"schema\": 7, \"name\": \"future\"}");

        var error = Assert.Throws<InvalidDataException>(() => RunRecordFile.Read(Path.Combine(_directory, "info.json")));

        Assert.Contains("schema 7", error.Message);
    }

    [Fact]
    public void RunningRecordOfThisLiveProcess_StaysRunning()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();

        Assert.Equal(RunStatus.Running, RunRecordFile.EffectiveStatus(Running(self.Id, self.StartTime.ToUniversalTime())));
    }

    [Fact]
    public void RunningRecordWhosePidWasReused_IsCrashed()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();

        Assert.Equal(RunStatus.Crashed, RunRecordFile.EffectiveStatus(Running(self.Id, self.StartTime.ToUniversalTime().AddHours(-3))));
    }

    [Fact]
    public void RunningRecordWithoutItsStartTimeYet_IsJudgedByThePidAlone()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();

        Assert.Equal(RunStatus.Running, RunRecordFile.EffectiveStatus(Running(self.Id, default)));
        Assert.Equal(RunStatus.Crashed, RunRecordFile.EffectiveStatus(Running(int.MaxValue - 7, default)));
    }

    [Fact]
    public void RunningRecordFromAnotherHost_CannotBeJudged()
    {
        var record = Running(999_999, DateTime.UtcNow);
        record.Host.HostName = "some-other-machine";

        Assert.Equal(RunStatus.Running, RunRecordFile.EffectiveStatus(record));
    }

    // A run of Windows read from WSL, which takes the Windows host's name: its pid is not ours to look up.
    [Fact]
    public void RunningRecordWrittenOnWindows_ReadOnLinuxOfTheSameHostName_CannotBeJudged()
    {
        var record = Running(int.MaxValue - 7, DateTime.UtcNow);
        record.Runtime.RuntimeIdentifier = "win-x64";

        Assert.Equal(RunStatus.Running, RunRecordFile.EffectiveStatus(record));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
