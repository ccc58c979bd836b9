using FootstepsBuild.Runtime.Capture;

namespace FootstepsBuild.Tests.Runtime;

public sealed class OutputLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "footsteps-log-" + Guid.NewGuid().ToString("N") + ".log");

    private string Log(params string[] writes)
    {
        using (var log = new OutputLog(_path))
        {
            var line = log.NewLine();
            foreach (var c in string.Concat(writes))
                line.Write(c);
            line.Flush();
        }
        return File.ReadAllText(_path);
    }

    [Fact]
    public void CarriageReturns_LeaveTheFinalStateOfTheLine() => Assert.Equal("100%\n", Log("10%", "\r50%", "\r100%\n"));

    [Fact]
    public void ShorterRewrite_OverwritesOnlyItsLength_LikeATerminal() => Assert.Equal("xbc\n", Log("abc\rx\n"));

    [Fact]
    public void WindowsLineEndings_KeepTheLine() => Assert.Equal("one\ntwo\n", Log("one\r\ntwo\r\n"));

    [Fact]
    public void FinishedLines_AreOnDiskBeforeTheLogCloses()
    {
        using var log = new OutputLog(_path);
        var line = log.NewLine();
        foreach (var c in "flushed\nunfinished")
            line.Write(c);

        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Assert.Equal("flushed\n", new StreamReader(reader).ReadToEnd());
    }

    public void Dispose() => File.Delete(_path);
}
