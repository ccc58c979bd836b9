using System;
using System.IO;
using System.Text;
using System.Threading;
using FootstepsBuild.Shared;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// output.log: what the program printed, as a terminal would finally show it. A carriage
/// return moves back to the start of the line, so progress-bar rewrites collapse to their final
/// state. stdout and stderr keep separate unfinished lines, so their partial writes never mix.
/// Finished lines are written every <see cref="FlushInterval"/> by the run's background thread
/// (<see cref="KeepWritingOut"/>) and at every end of the run, not one write per line: a crash
/// loses at most that much output, and a program printing every step of a training loop does not
/// pay a system call per line. The log
/// keeps the first <see cref="Caps.OutputLogHeadBytes"/> and the last
/// <see cref="Caps.OutputLogTailBytes"/> with a marker between, and stops growing while its
/// filesystem has less than <see cref="Caps.OutputLogFreeSpaceBytes"/> free (asked once it holds
/// <see cref="Caps.OutputLogUncheckedBytes"/>): a copy of the console must never be what fills
/// the disk the program writes its results to.
/// </summary>
internal sealed class OutputLog : IDisposable
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);


    // The writer is woken when this much is waiting, whatever the time; past the hard cap the
    // program's own thread writes out (a program printing faster than the disk takes it waits).
    private const int PendingWakeChars = 256 * 1024;
    private const int PendingHardCapChars = 8 * 1024 * 1024;

    // _gate guards the pending text, which the program's threads add to; _fileGate the file and
    // the tail, which only a write-out touches. The program never waits for the disk.
    private readonly object _gate = new();
    private readonly object _fileGate = new();
    private readonly FileStream _file;
    private readonly string _path;
    private readonly Encoding _utf8 = Encoding.UTF8;
    // Finished lines not yet written, as text: encoded once per write-out, not once per line.
    // A write-out swaps it for _writing under _gate and encodes outside, so the program's
    // threads never wait for the encoding.
    private StringBuilder _pending = new();
    private StringBuilder _writing = new();
    private readonly ManualResetEventSlim _wake = new();
    private byte[] _encoded = new byte[4 * 1024];
    private bool _closed;

    // Past the head, output goes to a ring of the last bytes, rewritten after the marker.
    private long _headBytes;
    private byte[]? _tail;
    private int _tailStart;
    private int _tailLength;
    private long _cutBytes;
    private bool _tailChanged;
    private string? _stoppedBecause;

    public OutputLog(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1);
    }

    public Line NewLine() => new(this);

    /// <summary>Writes what is waiting and closes the log.</summary>
    public void Dispose()
    {
        lock (_fileGate)
        {
            lock (_gate)
            {
                if (_closed)
                    return;
                _closed = true;
                _wake.Set();
            }
            WriteOutHoldingTheFile();
            _file.Dispose();
        }
    }

    private void Append(StringBuilder text)
    {
        int pending;
        lock (_gate)
        {
            if (_closed)
                return;
            pending = _pending.Append(text).Length;
        }
        AfterAppend(pending);
    }

    private void AppendLine(string line)
    {
        int pending;
        lock (_gate)
        {
            if (_closed)
                return;
            pending = _pending.Append(line).Append('\n').Length;
        }
        AfterAppend(pending);
    }

    private void AfterAppend(int pending)
    {
        if (pending >= PendingHardCapChars)
            WriteOut();
        else if (pending >= PendingWakeChars)
            _wake.Set();
    }

    /// <summary>
    /// Writes out what is waiting every <see cref="FlushInterval"/>, or sooner when much is
    /// waiting, until the log is closed: the caller's thread becomes the log's writer.
    /// </summary>
    public void KeepWritingOut()
    {
        while (true)
        {
            _wake.Wait(FlushInterval);
            _wake.Reset();
            lock (_gate)
            {
                if (_closed)
                    return;
            }
            WriteOut();
        }
    }

    public void WriteOut()
    {
        lock (_fileGate)
        {
            lock (_gate)
            {
                if (_closed)
                    return;
            }
            WriteOutHoldingTheFile();
        }
    }

    // Under _fileGate.
    private void WriteOutHoldingTheFile()
    {
        lock (_gate)
        {
            if (_pending.Length == 0 && !_tailChanged)
                return;
            (_pending, _writing) = (_writing, _pending);
        }
        var count = Encode(_writing);
        try
        {
            var bytes = _encoded;
            if (_stoppedBecause != null || (_headBytes + count > Caps.OutputLogUncheckedBytes && StopForLackOfSpace()))
                return;
            var toHead = (int)Math.Min(count, Caps.OutputLogHeadBytes - _headBytes);
            if (toHead > 0)
            {
                _file.Write(bytes, 0, toHead);
                _headBytes += toHead;
            }
            if (count > toHead)
                KeepInTail(bytes, toHead, count - toHead);
            if (_tailChanged)
                RewriteTail();
            _file.Flush();
        }
        catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is UnauthorizedAccessException)
        {
            // A full disk or a closed file must not break the program's own console output.
        }
    }

    // The text as UTF-8 in _encoded, the text cleared; returns the byte count.
    private int Encode(StringBuilder text)
    {
        var needed = _utf8.GetMaxByteCount(text.Length);
        if (_encoded.Length < needed)
            _encoded = new byte[needed];
        var count = 0;
        foreach (var chunk in text.GetChunks())
            count += _utf8.GetBytes(chunk.Span, new Span<byte>(_encoded, count, _encoded.Length - count));
        text.Clear();
        return count;
    }

    private bool StopForLackOfSpace()
    {
        long free;
        try
        {
            free = new DriveInfo(Path.GetDirectoryName(_path)!).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException || e is ArgumentException || e is UnauthorizedAccessException)
        {
            return false;
        }
        if (free >= Caps.OutputLogFreeSpaceBytes)
            return false;
        _stoppedBecause = $"\n[Footsteps: output.log stops here: its filesystem has {free / 1024} KiB free, and the program's " +
            $"own files come first (output.log stops below {Caps.OutputLogFreeSpaceBytes / 1024 / 1024} MiB free). The console had everything.]\n";
        var marker = _utf8.GetBytes(_stoppedBecause);
        _file.Write(marker, 0, marker.Length);
        _file.Flush();
        return true;
    }

    private void KeepInTail(byte[] bytes, int offset, int count)
    {
        _tail ??= new byte[Caps.OutputLogTailBytes];
        if (count >= _tail.Length)
        {
            // Only the last bytes can stay.
            _cutBytes += _tailLength + count - _tail.Length;
            Array.Copy(bytes, offset + count - _tail.Length, _tail, 0, _tail.Length);
            _tailStart = 0;
            _tailLength = _tail.Length;
            _tailChanged = true;
            return;
        }
        var overflow = Math.Max(0, _tailLength + count - _tail.Length);
        _cutBytes += overflow;
        _tailStart = (_tailStart + overflow) % _tail.Length;
        _tailLength -= overflow;
        var end = (_tailStart + _tailLength) % _tail.Length;
        var first = Math.Min(count, _tail.Length - end);
        Array.Copy(bytes, offset, _tail, end, first);
        Array.Copy(bytes, offset + first, _tail, 0, count - first);
        _tailLength += count;
        _tailChanged = true;
    }

    // The file is the head, then a marker, then the ring's bytes in order: rewritten in place
    // (the marker's count has a fixed width), so the file is not truncated and regrown each time.
    private void RewriteTail()
    {
        _tailChanged = false;
        _file.Seek(_headBytes, SeekOrigin.Begin);
        if (_cutBytes > 0)
        {
            var marker = _utf8.GetBytes($"\n[Footsteps: output.log keeps the first {Caps.OutputLogHeadBytes / 1024 / 1024} MiB and the last " +
                $"{Caps.OutputLogTailBytes / 1024 / 1024} MiB of the output; {_cutBytes,14} bytes were cut here. The console had everything.]\n");
            _file.Write(marker, 0, marker.Length);
        }
        var first = Math.Min(_tailLength, _tail!.Length - _tailStart);
        _file.Write(_tail, _tailStart, first);
        _file.Write(_tail, 0, _tailLength - first);
        if (_file.Position < _file.Length)
            _file.SetLength(_file.Position);
    }

    /// <summary>One stream's unfinished line, with terminal-like overwrite after '\r'.</summary>
    internal sealed class Line
    {
        private readonly OutputLog _log;
        private readonly StringBuilder _text = new();
        private int _column;

        public Line(OutputLog log)
        {
            _log = log;
        }

        public void Write(char c)
        {
            switch (c)
            {
                case '\r':
                    _column = 0;
                    break;
                case '\n':
                    _text.Append('\n');
                    _log.Append(_text);
                    _text.Clear();
                    _column = 0;
                    break;
                default:
                    if (_column < _text.Length)
                        _text[_column] = c;
                    else
                        _text.Append(c);
                    _column++;
                    break;
            }
        }

        /// <summary>
        /// <paramref name="text"/> and a line end, as <see cref="Write(ReadOnlySpan{char})"/> would take them: a
        /// whole line without carriage returns (what a program prints most) goes to the log as it is.
        /// </summary>
        public void WriteLine(string text)
        {
            // Two IndexOf(char) calls: IndexOfAny's searcher is generic code the JIT compiles at first use.
            if (_text.Length == 0 && text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0)
            {
                _log.AppendLine(text);
                return;
            }
            Write((ReadOnlySpan<char>)text);
            Write('\n');
        }

        /// <summary>Takes text as <see cref="Write(char)"/> would, character by character, in runs where it can.</summary>
        public void Write(ReadOnlySpan<char> text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\n' && c != '\r' && _column == _text.Length)
                    continue;
                // A line end, or a rewrite after '\r': the run so far first, then this character.
                AppendRun(text.Slice(start, i - start));
                Write(c);
                start = i + 1;
            }
            AppendRun(text.Slice(start));
        }

        // Characters at the end of the line: appended as they are.
        private void AppendRun(ReadOnlySpan<char> run)
        {
            if (run.Length == 0)
                return;
            if (_column == _text.Length)
            {
                _text.Append(run);
                _column += run.Length;
                return;
            }
            foreach (var c in run)
                Write(c);
        }

        /// <summary>Writes what is left of an unfinished line (at exit).</summary>
        public void Flush()
        {
            if (_text.Length == 0)
                return;
            _log.Append(_text);
            _text.Clear();
            _column = 0;
        }
    }
}
