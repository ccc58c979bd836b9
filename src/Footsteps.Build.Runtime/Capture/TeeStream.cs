using System;
using System.IO;
using System.Threading;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// Stands in for the console's stdout or stderr stream, below the console's own kind of writer:
/// the bytes the writer encoded go to the console, and the same bytes to output.log, so a line
/// is encoded once and passes one writer (<see cref="ConsoleCapture"/> says when this is used).
/// </summary>
internal sealed class TeeStream : Stream, ICapturedConsoleStream
{
    private readonly Stream _console;
    private readonly OutputLog.Line _log;

    // No lock of its own: Console's synchronized writer is the one caller of the writer above
    // this stream, and output.log's line takes its own. Set before the program's code runs.
    private OutputHold _hold;

    public TeeStream(Stream console, OutputLog log)
    {
        _console = console;
        _log = log.NewLine();
    }

    public void HoldUntil(ManualResetEventSlim ready, long deadlineTickCount)
    {
        _hold.Until(ready, deadlineTickCount);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hold.Wait();
        _console.Write(buffer);
        _log.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(new ReadOnlySpan<byte>(buffer, offset, count));

    public override void WriteByte(byte value) => Write(new ReadOnlySpan<byte>(in value));

    public override void Flush() => _console.Flush();

    /// <summary>The unfinished last line, written at exit.</summary>
    public void FlushLog()
    {
        _log.Flush();
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
