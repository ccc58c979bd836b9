using System;
using System.IO;
using System.Text;
using System.Threading;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared;
using Microsoft.Win32.SafeHandles;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// output.log: what the program printed, as a terminal would finally show it. A carriage
/// return moves back to the start of the line, so progress-bar rewrites collapse to their final
/// state. stdout and stderr keep separate unfinished lines, so their partial writes never mix.
/// Finished lines are written every <see cref="FlushInterval"/> by the run's background thread
/// (<see cref="KeepWritingOut"/>) and at every end of the run, not one write per line: a crash
/// loses at most that much output, and a program printing every step of a training loop does not
/// pay a system call per line. The log keeps the first <see cref="Caps.OutputLogHeadBytes"/> and
/// the last <see cref="Caps.OutputLogTailBytes"/> with a marker between, and stops growing while
/// its filesystem has less than <see cref="Caps.OutputLogFreeSpaceBytes"/> free (asked once it
/// holds <see cref="Caps.OutputLogUncheckedBytes"/>, then at each
/// <see cref="Caps.OutputLogSpaceCheckBytes"/> of growth and once a second while it grows): a copy
/// of the console must never be what fills the disk the program writes its results to.
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
    private readonly SafeFileHandle _file;
    // Where the next write-out writes: the file is written at known offsets, never through a stream.
    private long _position;
    private long _length;
    private readonly string _path;
    private readonly Encoding _utf8 = Encoding.UTF8;
    // Finished lines not yet written, as text: encoded once per write-out, not once per line.
    // A write-out swaps it for _writing under _gate and encodes outside, so the program's
    // threads never wait for the encoding.
    private StringBuilder _pending = new();
    private StringBuilder _writing = new();
    // No spinning before it blocks: the writer waits 0.1 s at a time, and a spin would take the
    // core from the program at every write-out.
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    // The writer has been woken for the pending text (set once when it crosses PendingWakeChars,
    // not at every line after).
    private bool _wakeAsked;
    private byte[] _encoded = new byte[4 * 1024];
    private bool _closed;

    // Past the head, output goes to a ring of the last bytes, rewritten after the marker.
    private long _headBytes;
    private byte[]? _tail;
    private int _tailStart;
    private int _tailLength;
    private long _cutBytes;
    private bool _tailChanged;
    private long _tailWrittenAt;
    private string? _stoppedBecause;

    // The free space is asked again each time the file could grow past this (once per
    // Caps.OutputLogSpaceCheckBytes of growth), and once a second while the file still grows, since
    // the program's own files take space too. At its caps the file no longer grows.
    private long _nextSpaceCheck = Caps.OutputLogUncheckedBytes;
    private long _spaceCheckedAt;
    private const long SpaceCheckIntervalMs = 1000;

    public OutputLog(string path)
    {
        _path = path;
        _file = RunFile.Open(path, FileMode.CreateNew);
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
            WriteOutHoldingTheFile(wholeTail: true);
            _file.Dispose();
        }
    }

    private void Append(StringBuilder text)
    {
        int pending;
        bool wake;
        lock (_gate)
        {
            if (_closed)
                return;
            pending = _pending.Append(text).Length;
            wake = AskToWake(pending);
        }
        AfterAppend(pending, wake);
    }

    private void AppendLine(string line)
    {
        int pending;
        bool wake;
        lock (_gate)
        {
            if (_closed)
                return;
            pending = _pending.Append(line).Append('\n').Length;
            wake = AskToWake(pending);
        }
        AfterAppend(pending, wake);
    }

    // Under _gate.
    private bool AskToWake(int pending)
    {
        if (_wakeAsked || pending < PendingWakeChars)
            return false;
        _wakeAsked = true;
        return true;
    }

    private void AfterAppend(int pending, bool wake)
    {
        if (pending >= PendingHardCapChars)
            WriteOut();
        else if (wake)
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
            var woken = _wake.Wait(FlushInterval);
            _wake.Reset();
            lock (_gate)
            {
                if (_closed)
                    return;
            }
            // Woken for the amount waiting, the tail (rewritten whole) waits for its interval.
            WriteOut(wholeTail: !woken);
        }
    }

    /// <summary>Writes out everything waiting, the tail included.</summary>
    public void WriteOut() => WriteOut(wholeTail: true);

    private void WriteOut(bool wholeTail)
    {
        lock (_fileGate)
        {
            lock (_gate)
            {
                if (_closed)
                    return;
            }
            WriteOutHoldingTheFile(wholeTail);
        }
    }

    // Under _fileGate. wholeTail false: the tail is rewritten only if FlushInterval has passed since it last was.
    private void WriteOutHoldingTheFile(bool wholeTail)
    {
        lock (_gate)
        {
            if (_pending.Length == 0 && !_tailChanged)
                return;
            (_pending, _writing) = (_writing, _pending);
            _wakeAsked = false;
        }
        var count = Encode(_writing);
        try
        {
            var bytes = _encoded;
            if (_stoppedBecause != null || (SpaceCheckDue(count) && StopForLackOfSpace()))
                return;
            var toHead = (int)Math.Min(count, Caps.OutputLogHeadBytes - _headBytes);
            if (toHead > 0)
            {
                Write(bytes, 0, toHead);
                _headBytes += toHead;
            }
            if (count > toHead)
                KeepInTail(bytes, toHead, count - toHead);
            // The tail is rewritten whole, so not at every write-out of a program printing fast:
            // once per FlushInterval, and whenever asked (the end of the run, a timer's tick).
            if (_tailChanged && (wholeTail || Environment.TickCount64 - _tailWrittenAt >= FlushInterval.TotalMilliseconds))
                RewriteTail();
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

    private bool SpaceCheckDue(int count)
    {
        if (_length + count > _nextSpaceCheck)
            return true;
        var stillGrows = _length < Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes;
        return _spaceCheckedAt != 0 && stillGrows && Environment.TickCount64 - _spaceCheckedAt >= SpaceCheckIntervalMs;
    }

    private bool StopForLackOfSpace()
    {
        _nextSpaceCheck = _length + Caps.OutputLogSpaceCheckBytes;
        _spaceCheckedAt = Environment.TickCount64;
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
        Write(marker, 0, marker.Length);
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
        _tailWrittenAt = Environment.TickCount64;
        _position = _headBytes;
        if (_cutBytes > 0)
        {
            var marker = _utf8.GetBytes($"\n[Footsteps: output.log keeps the first {Caps.OutputLogHeadBytes / 1024 / 1024} MiB and the last " +
                $"{Caps.OutputLogTailBytes / 1024 / 1024} MiB of the output; {_cutBytes,14} bytes were cut here. The console had everything.]\n");
            Write(marker, 0, marker.Length);
        }
        var first = Math.Min(_tailLength, _tail!.Length - _tailStart);
        Write(_tail, _tailStart, first);
        Write(_tail, 0, _tailLength - first);
        if (_position < _length)
        {
            RandomAccess.SetLength(_file, _position);
            _length = _position;
        }
    }

    private void Write(byte[] bytes, int start, int count)
    {
        _position = RunFile.WriteAt(_file, _position, bytes, start, count);
        _length = Math.Max(_length, _position);
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
