using FootstepsBuild.Runtime.Capture;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Shared;

namespace FootstepsBuild.Tests.Runtime;

public sealed class OutputLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "footsteps-log-" + Guid.NewGuid().ToString("N") + ".log");

    private string Log(params string[] writes) => Logged(line =>
    {
        foreach (var c in string.Concat(writes))
            line.Write(c);
    });

    // What output.log holds after one stream's writes and the end of the run.
    private string Logged(Action<OutputLog.Line> write)
    {
        using (var log = new OutputLog(_path))
        {
            var line = log.NewLine();
            write(line);
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
    public void WholeLines_AndLinesAfterPartialWritesOrWithCarriageReturns_LogAsTheirCharactersWould()
    {
        var text = Logged(line =>
        {
            line.WriteLine("a whole line", "\n");
            line.Write('x');
            line.WriteLine("after a partial write", "\n");
            line.WriteLine("10%\r100%", "\n");
        });

        Assert.Equal("a whole line\nxafter a partial write\n100%\n", text);
    }

    // é and ü are two bytes in UTF-8: a one-byte character written over one replaces both, and back.
    [Fact]
    public void RewriteAfterCarriageReturn_ReplacesAWholeTwoByteCharacter() => Assert.Equal("x done\n", Log("é done\rx\n"));

    [Fact]
    public void RewriteAfterCarriageReturn_WithATwoByteCharacter_ReplacesOneCharacter() => Assert.Equal("übc\n", Log("abc\rü\n"));

    [Fact]
    public void Bytes_AsTheConsoleWriterEncodedThem_LogAsTheirCharactersWould()
    {
        var text = Logged(line =>
        {
            line.Write("a whole line\npar"u8);
            line.Write("tial\r"u8);
            line.Write("PAR\n10%\r100%\n"u8);
            line.Write("unfinished"u8);
        });

        Assert.Equal("a whole line\nPARtial\n100%\nunfinished", text);
    }

    // A write-out reads what was printed in blocks of 64 KiB: lines cut between two blocks, and
    // carriage returns among whole lines, log as a terminal would show them.
    [Fact]
    public void ManyWrites_OfAnySize_CutAnywhereByTheWriteOutsBlocks_LogAsTheirCharactersWould()
    {
        var printed = new System.Text.StringBuilder();
        for (var i = 0; i < 20_000; i++)
            printed.Append(i % 997 == 0 ? "10%\r100%\n" : $"step {i} loss 0.{i % 10}\n");
        var bytes = System.Text.Encoding.UTF8.GetBytes(printed.ToString());
        var random = new Random(11);

        var text = Logged(line =>
        {
            for (var at = 0; at < bytes.Length;)
            {
                var count = Math.Min(bytes.Length - at, random.Next(1, 3_000));
                line.Write(bytes.AsSpan(at, count));
                at += count;
            }
        });

        var expected = System.Text.RegularExpressions.Regex.Replace(printed.ToString(), "10%\r", "");
        Assert.Equal(expected, text);
    }

    [Fact]
    public void SurrogatePair_SplitAcrossTwoWrites_IsLoggedAsOneCharacter()
    {
        var text = Logged(line =>
        {
            line.Write('\uD83D');
            line.Write('\uDE00');
            line.Write('\n');
        });

        Assert.Equal("\U0001F600\n", text);
    }

    // stdout and stderr each keep their unfinished line; finished lines are logged in the order
    // they were finished, across write-outs.
    [Fact]
    public void TwoStreams_LogTheirLinesInTheOrderTheyWereFinished()
    {
        using (var log = new OutputLog(_path))
        {
            var stdout = log.NewLine();
            var stderr = log.NewLine();
            stdout.Write("epoch 1: "u8);
            stderr.Write("warning: slow\nwarn"u8);
            stdout.Write("loss 0.5\n"u8);
            log.WriteOut();
            stderr.Write("ing: slower\n"u8);
            stdout.Write("epoch 2\n10%\r"u8);
            stderr.Write("done\n"u8);
            stdout.Write("100%"u8);
            stdout.Flush();
            stderr.Flush();
        }

        Assert.Equal("warning: slow\nepoch 1: loss 0.5\nwarning: slower\nepoch 2\ndone\n100%", File.ReadAllText(_path));
    }

    [Fact]
    public void FinishedLines_ReachTheDiskWithinTheFlushInterval_UnfinishedOnesWait()
    {
        using var log = new OutputLog(_path);
        var writer = new Thread(log.KeepWritingOut) { IsBackground = true };
        writer.Start();
        var line = log.NewLine();
        foreach (var c in "flushed\nunfinished")
            line.Write(c);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var onDisk = "";
        while (onDisk != "flushed\n" && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
            using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            onDisk = new StreamReader(reader).ReadToEnd();
        }
        log.Dispose();
        writer.Join();
        Assert.Equal("flushed\n", onDisk);
    }

    [Fact]
    public void LongOutput_KeepsTheHeadAndTheTail_WithAMarkerWhereItWasCut()
    {
        var lines = Enumerable.Range(0, 200_000).Select(i => $"step {i:000000} loss 0.5\n").ToArray();

        var text = Log(lines);

        Assert.StartsWith("step 000000 loss 0.5\n", text);
        Assert.EndsWith("step 199999 loss 0.5\n", text);
        Assert.Contains("[Footsteps: output.log keeps the first 1 MiB and the last 1 MiB of the output; ", text);
        Assert.InRange(new FileInfo(_path).Length, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes + 200);
        Assert.DoesNotContain("step 100000 ", text);
        var printed = lines.Sum(l => (long)l.Length);
        Assert.Contains($"; {printed - Caps.OutputLogHeadBytes - Caps.OutputLogTailBytes,14} bytes were cut here.", text);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(1_048_576L)]
    [InlineData(99_999_999_999_999L)]
    [InlineData(123_456_789_012_345_678L)]
    public void CutMarker_NamesTheCapsAndTheCount_RightAlignedAsTheFormatWould(long cut)
    {
        var expected = $"\n[Footsteps: output.log keeps the first {Caps.OutputLogHeadBytes / 1024 / 1024} MiB and the last " +
            $"{Caps.OutputLogTailBytes / 1024 / 1024} MiB of the output; {cut,14} bytes were cut here. The console had everything.]\n";

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(CutMarker.Bytes(cut)));
    }

    // The tail's methods, first called once the head is full, are precompiled: JIT-compiled at
    // their first call (AggressiveOptimization skips the precompiled image) they cost a program
    // printing 300,000 lines 3% of its time (docs/benchmarks.md, "Console throughput").
    [Theory]
    [InlineData(typeof(OutputLog), "KeepInTail")]
    [InlineData(typeof(OutputLog), "KeepInRing")]
    [InlineData(typeof(OutputLog), "RewriteTail")]
    [InlineData(typeof(CutMarker), "Bytes")]
    [InlineData(typeof(ChunkedBytes), "DropFirst")]
    public void TheTailsMethods_ArePrecompiled(Type type, string method)
    {
        var found = type.GetMethod(method, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static |
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!;

        Assert.False(found.MethodImplementationFlags.HasFlag(System.Reflection.MethodImplAttributes.AggressiveOptimization), $"{type.Name}.{method}");
    }

    [Fact]
    public void LongOutput_WhileTheRunGoesOn_IsOnDiskWithinItsBound_AndEndsCutToHeadAndTail()
    {
        var bound = Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes + Caps.OutputLogTailSlackBytes + 200;
        var lengths = new List<long>();
        var log = new OutputLog(_path);
        var line = log.NewLine();
        for (var i = 0; i < 600_000; i++)
        {
            line.WriteLine($"step {i:000000} loss 0.5", "\n");
            if (i % 10_000 == 0)
            {
                log.WriteOut();
                lengths.Add(new FileInfo(_path).Length);
            }
        }
        log.WriteOut();
        var beforeTheEnd = File.ReadAllText(_path);
        log.Dispose();

        Assert.All(lengths, length => Assert.InRange(length, 0, bound));
        // Everything printed is on disk before the end, the last line included.
        Assert.EndsWith("step 599999 loss 0.5\n", beforeTheEnd);
        var text = File.ReadAllText(_path);
        Assert.StartsWith("step 000000 loss 0.5\n", text);
        Assert.EndsWith("step 599999 loss 0.5\n", text);
        Assert.InRange(new FileInfo(_path).Length, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes + 200);
    }

    [Fact]
    public void PastItsCaps_ASlowPrintersNextLine_IsAppended_NotTheWholeTailRewritten()
    {
        var log = new OutputLog(_path);
        var line = log.NewLine();
        for (var i = 0; i < 200_000; i++)
            line.WriteLine($"step {i:000000} loss 0.5", "\n");
        log.WriteOut();
        var cutToItsCaps = new FileInfo(_path).Length;

        line.WriteLine("one more step", "\n");
        log.WriteOut();
        var afterTheLine = new FileInfo(_path).Length;
        log.Dispose();

        Assert.Equal(cutToItsCaps + "one more step\n".Length, afterTheLine);
        Assert.EndsWith("step 199999 loss 0.5\none more step\n", File.ReadAllText(_path));
        Assert.InRange(new FileInfo(_path).Length, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes, Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes + 200);
    }

    public void Dispose() => File.Delete(_path);
}
