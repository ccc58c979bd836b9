using System;
using System.IO;
using System.Text;
using System.Threading;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// Stands in for Console.Out or Console.Error: everything goes to the console exactly as before
/// (colours set through Console.ForegroundColor do not pass through here and still work), and a
/// copy goes to output.log, encoded as UTF-8 whatever the console's encoding (where the console
/// writes UTF-8, <see cref="TeeStream"/> tees its bytes instead).
/// </summary>
internal sealed class TeeWriter : TextWriter, ICapturedConsoleStream
{
    private readonly TextWriter _console;
    private readonly OutputLog.Line _log;

    // Threads may print at once; the unfinished log line must not be edited by two of them.
    private readonly object _gate = new();

    private OutputHold _hold;

    public TeeWriter(TextWriter console, OutputLog log)
    {
        _console = console;
        _log = log.NewLine();
    }

    public override Encoding Encoding => _console.Encoding;
    public override IFormatProvider FormatProvider => _console.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the console writer decides.
        get => _console.NewLine;
        set => _console.NewLine = value;
#pragma warning restore CS8765
    }

    public void HoldUntil(ManualResetEventSlim ready, long deadlineTickCount)
    {
        lock (_gate)
            _hold.Until(ready, deadlineTickCount);
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            _hold.Wait();
            _console.Write(value);
            _log.Write(value);
        }
    }

    public override void Write(string? value) => Write((ReadOnlySpan<char>)value);

    public override void Write(char[] buffer, int index, int count) => Write(new ReadOnlySpan<char>(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            _hold.Wait();
            _console.Write(buffer);
            _log.Write(buffer);
        }
    }

    // The console writer flushes every call (Console's AutoFlush): a line is handed to it in one
    // call, as the program made it, or every line would cost two system calls instead of one.
    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            _hold.Wait();
            _console.WriteLine(value);
            _log.WriteLine(value, _console.NewLine);
        }
    }

    public override void WriteLine() => WriteLine(ReadOnlySpan<char>.Empty);

    public override void WriteLine(char[] buffer, int index, int count) => WriteLine(new ReadOnlySpan<char>(buffer, index, count));

    public override void WriteLine(char value) => WriteLine(new ReadOnlySpan<char>(in value));

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            _hold.Wait();
            _console.WriteLine(buffer);
            _log.WriteLine(buffer, _console.NewLine);
        }
    }

    public override void Flush()
    {
        lock (_gate)
            _console.Flush();
    }

    /// <summary>The unfinished last line, written at exit.</summary>
    public void FlushLog()
    {
        lock (_gate)
            _log.Flush();
    }
}
