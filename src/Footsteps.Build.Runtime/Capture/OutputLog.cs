using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared;
using Microsoft.Win32.SafeHandles;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// output.log: what the program printed, as a terminal would finally show it. A carriage
/// return moves back to the start of the line, so progress-bar rewrites collapse to their final
/// state. stdout and stderr keep separate unfinished lines, so their partial writes never mix.
/// It takes bytes (UTF-8, as the console's own writer encoded them: <see cref="TeeStream"/>), or
/// characters it encodes once (<see cref="TeeWriter"/>, where the console's encoding is another).
/// The program's thread only copies what it printed; the lines are made and written every
/// <see cref="FlushInterval"/> by the run's background thread
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
    // Not much less: each wake costs the printing program more than the bytes it writes out
    // (docs/benchmarks.md, "Console throughput", fewer write-outs).
    private const int PendingWakeBytes = 1024 * 1024;
    private const int PendingHardCapBytes = 8 * 1024 * 1024;

    // _gate guards the pending bytes, which the program's threads add to; _fileGate the lines,
    // the file and the tail, which only a write-out touches. The program never waits for the
    // disk, and never for the lines' carriage returns either: a console line costs the program's
    // thread one lock and one copy (docs/benchmarks.md, "Console throughput").
    // A field, not readonly: a readonly struct would be copied at every use.
    private SpinGate _gate;
    private readonly object _fileGate = new();
    private readonly SafeFileHandle _file;
    // Where the next write-out writes: the file is written at known offsets, never through a stream.
    private long _position;
    private long _length;
    private readonly string _path;
    private readonly Encoding _utf8 = Encoding.UTF8;
    // The bytes printed and not yet taken, as the streams wrote them, and which stream's line
    // each stretch of them belongs to. A write-out swaps them for _writing under _gate and makes
    // the lines outside it; the buffers are reused. The log's buffers are native memory
    // (ChunkedBytes), outside the GC's budgets.
    private ChunkedBytes _pending = new();
    // _pending.Length, for the program's thread to read outside _gate.
    private int _pendingLength;
    private Stretches _pendingStretches = new();
    private ChunkedBytes _writing = new();
    private Stretches _writingStretches = new();
    // Finished lines, to be written. Under _fileGate.
    private readonly ChunkedBytes _finished = new();
    // No spinning before it blocks: the writer waits 0.1 s at a time, and a spin would take the
    // core from the program at every write-out.
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    // The writer has been woken for the pending bytes: set once when they reach _wakeAt, not at
    // every line after. The writer's first write-outs come early, so that their first calls are
    // among the launch's (see KeepInTail): at the first bytes (the launch's `Saving results to`
    // line), at the bytes that make the log first ask for free space, then every PendingWakeBytes.
    private bool _wakeAsked;
    private int _wakeAt = 1;
    private long _takenBytes;
    private bool _wakeDue;
    private bool _closed;

    // Past the head, output goes to a ring of the last bytes, rewritten after the marker.
    private long _headBytes;
    private ChunkedBytes? _tail;
    private long _cutBytes;
    // The ring holds output the file does not (it was not appended, or the ring has since cut
    // what the file still holds): the tail is to be rewritten.
    private bool _tailChanged;
    // Where the tail starts in the file: after the head, and after the marker once there is one.
    private long _tailStartsAt;
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
        // The tail's rewrite shortens the file: called once now, on the empty file, so that its
        // first call is not late in the run (see KeepInTail).
        RandomAccess.SetLength(_file, 0);
    }

    public Line NewLine() => new(this);

    /// <summary>Writes what is waiting and closes the log.</summary>
    public void Dispose()
    {
        lock (_fileGate)
        {
            _gate.Enter();
            try
            {
                if (_closed)
                    return;
                _closed = true;
                _wake.Set();
            }
            finally
            {
                _gate.Exit();
            }
            WriteOutHoldingTheFile(wholeTail: true);
            _file.Dispose();
            // No thread adds to them now: the lines see the log closed (under _gate), and the
            // write-outs and the lines' last flush hold _fileGate.
            _pending.Dispose();
            _writing.Dispose();
            _finished.Dispose();
            _tail?.Dispose();
        }
    }

    // A stream's bytes, as printed. Under _gate, which the lines take for each write (one lock a
    // write for both streams, so the log keeps the order the program printed in).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendHoldingTheGate(Line line, ReadOnlySpan<byte> bytes)
    {
        if (_closed)
            return;
        _pendingStretches.Starting(line, _pendingLength);
        _pending.Append(bytes);
        var pending = _pendingLength = _pending.Length;
        if (!_wakeAsked && pending >= _wakeAt)
            _wakeAsked = _wakeDue = true;
    }

    // Hands what was printed to its lines, in the order it was printed. Under _fileGate.
    private void TakePending()
    {
        int count;
        _gate.Enter();
        try
        {
            if (_pendingLength == 0)
                return;
            (_pending, _writing) = (_writing, _pending);
            (_pendingStretches, _writingStretches) = (_writingStretches, _pendingStretches);
            count = _pendingLength;
            _pendingLength = 0;
            _wakeAsked = false;
            _takenBytes += count;
            _wakeAt = _takenBytes < Caps.OutputLogUncheckedBytes ? (int)(Caps.OutputLogUncheckedBytes - _takenBytes) : PendingWakeBytes;
        }
        finally
        {
            _gate.Exit();
        }
        var stretches = _writingStretches;
        for (var i = 0; i < stretches.Count; i++)
        {
            var start = stretches.Starts[i];
            var end = i + 1 < stretches.Count ? stretches.Starts[i + 1] : count;
            while (start < end)
            {
                var piece = _writing.Piece(start, end - start);
                stretches.Lines[i].Take(piece);
                start += piece.Length;
            }
        }
        stretches.Clear();
        _writing.Clear();
    }

    // A finished line (first, then second: what a Line kept of it, then its end). Under _fileGate.
    private void Finish(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second = default)
    {
        _finished.Append(first);
        _finished.Append(second);
    }

    // After a line's write, outside _gate (a write-out takes _fileGate first).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AfterAppend()
    {
        if (Volatile.Read(ref _pendingLength) >= PendingHardCapBytes)
            WriteOut();
        else if (_wakeDue)
        {
            _wakeDue = false;
            _wake.Set();
        }
    }

    /// <summary>
    /// Writes out what is waiting every <see cref="FlushInterval"/>, or sooner when much is
    /// waiting, until the log is closed: the caller's thread becomes the log's writer.
    /// </summary>
    public void KeepWritingOut()
    {
        // Here, not on the launching thread, whose core its yield could give away.
        SpinGate.Prepare();
        // A line cut between two blocks of a write-out first needs the line's unfinished-line
        // methods late in a run that prints much: called now on a line of no stream's, whose
        // text is never written (see KeepInTail).
        new Line(this).Take("-"u8);
        // The first bytes printed wake the writer: the launch's `Saving results to` line makes the
        // write-out's first calls among the launch's, not 0.1 s into the run (see KeepInTail).
        while (true)
        {
            var woken = _wake.Wait(FlushInterval);
            _wake.Reset();
            // Set once, under _gate, by Dispose, which holds _fileGate as a write-out does.
            if (Volatile.Read(ref _closed))
                return;
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
            // Set once, under _gate, by Dispose, which holds _fileGate as a write-out does.
            if (Volatile.Read(ref _closed))
                return;
            WriteOutHoldingTheFile(wholeTail);
        }
    }

    // Under _fileGate. wholeTail false: the tail is rewritten only if FlushInterval has passed since it last was.
    private void WriteOutHoldingTheFile(bool wholeTail)
    {
        TakePending();
        var count = _finished.Length;
        if (count == 0 && !_tailChanged && !(_closed && TailOutgrown))
            return;
        try
        {
            if (_stoppedBecause != null || (SpaceCheckDue(count) && StopForLackOfSpace()))
                return;
            for (var at = 0; at < count;)
            {
                var piece = _finished.Piece(at, count - at);
                WriteFinished(piece);
                at += piece.Length;
            }
            // The tail is rewritten whole, so not at every write-out of a program printing fast:
            // once per FlushInterval, and whenever asked (the end of the run, a timer's tick).
            if (_tailChanged && (wholeTail || Environment.TickCount64 - _tailWrittenAt >= FlushInterval.TotalMilliseconds))
                RewriteTail();
            // At the end the file keeps exactly the last OutputLogTailBytes.
            if (_closed && TailOutgrown)
                RewriteTail();
        }
        catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is UnauthorizedAccessException)
        {
            // A full disk or a closed file must not break the program's own console output.
        }
        finally
        {
            _finished.Clear();
        }
    }

    // Finished lines, in order: to the head while it has room, then to the tail. Under _fileGate.
    private void WriteFinished(ReadOnlySpan<byte> bytes)
    {
        var toHead = (int)Math.Min(bytes.Length, Caps.OutputLogHeadBytes - _headBytes);
        if (toHead > 0)
        {
            Write(bytes.Slice(0, toHead));
            _headBytes += toHead;
        }
        if (bytes.Length > toHead)
            KeepInTail(bytes.Slice(toHead));
    }

    // The file holds more of the tail than the ring (appended output the ring has since cut). Under _fileGate.
    private bool TailOutgrown => _tail != null && _length - _tailStartsAt > _tail.Length;

    private bool SpaceCheckDue(int count)
    {
        if (_length + count > _nextSpaceCheck)
            return true;
        var stillGrows = _length < Caps.OutputLogHeadBytes + Caps.OutputLogTailBytes + Caps.OutputLogTailSlackBytes;
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
        Write(_utf8.GetBytes(_stoppedBecause));
        return true;
    }

    // The tail's methods are first called once the head is full, late in a run that prints much.
    // They are precompiled like the rest and call no framework method the launch has not called
    // already: compiled at their first call instead, they cost a printing program more than the
    // 100 ms their first call holds back its tier-up (docs/design.md, "Late first calls").
    private void KeepInTail(ReadOnlySpan<byte> bytes)
    {
        if (_tail == null)
        {
            _tail = new ChunkedBytes();
            _tailStartsAt = _headBytes;
        }
        // Appended while the file is current and its tail stays within the slack: a program
        // printing slowly adds its lines, not a rewrite of the whole tail every 0.1 s.
        if (!_tailChanged && bytes.Length < Caps.OutputLogTailBytes && _length - _tailStartsAt + bytes.Length <= Caps.OutputLogTailBytes + Caps.OutputLogTailSlackBytes)
        {
            _position = _length;
            Write(bytes);
            KeepInRing(bytes);
            _tailChanged = false;
            return;
        }
        KeepInRing(bytes);
    }

    // The last OutputLogTailBytes printed, in memory.
    private void KeepInRing(ReadOnlySpan<byte> bytes)
    {
        var ring = _tail!;
        var kept = Math.Min(bytes.Length, Caps.OutputLogTailBytes);
        ring.Append(bytes.Slice(bytes.Length - kept));
        var overflow = ring.Length - Caps.OutputLogTailBytes + (bytes.Length - kept);
        if (overflow > 0)
        {
            _cutBytes += overflow;
            ring.DropFirst(ring.Length - Caps.OutputLogTailBytes);
        }
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
            Write(CutMarker.Bytes(_cutBytes));
        }
        _tailStartsAt = _position;
        var ring = _tail!;
        for (var at = 0; at < ring.Length;)
        {
            var piece = ring.Piece(at, ring.Length - at);
            Write(piece);
            at += piece.Length;
        }
        if (_position < _length)
        {
            RandomAccess.SetLength(_file, _position);
            _length = _position;
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _position = RunFile.WriteAt(_file, _position, bytes);
        _length = Math.Max(_length, _position);
    }

    /// <summary>
    /// One stream's unfinished line, with terminal-like overwrite after '\r': what follows a
    /// carriage return replaces the line's characters one for one (whole UTF-8 sequences, so a
    /// rewrite never leaves half a character behind).
    /// </summary>
    internal sealed class Line
    {
        private static readonly byte[] LineEnd = { (byte)'\n' };

        private readonly OutputLog _log;
        // The line being made: the writer's (under the log's _fileGate).
        private byte[] _text = new byte[256];
        private int _length;
        // Where the next byte goes (a character's start): _length, unless a '\r' moved it back.
        private int _column;
        // For text the console writer has not encoded (TeeWriter): UTF-8, keeping a surrogate
        // pair's first half until its second arrives. The printing thread's (one at a time).
        private Encoder? _encoder;
        private byte[] _encoded = Array.Empty<byte>();

        public Line(OutputLog log)
        {
            _log = log;
        }

        /// <summary>
        /// Takes UTF-8 bytes, to be logged as a terminal would show them (whole lines as they
        /// are) at the next write-out.
        /// </summary>
        // Inlined into TeeStream.Write, with the append it makes: the console's path is one
        // precompiled method for the runtime to count, instrument and optimize, not five
        // (docs/benchmarks.md, "Console throughput").
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(ReadOnlySpan<byte> bytes)
        {
            _log._gate.Enter();
            try
            {
                _log.AppendHoldingTheGate(this, bytes);
            }
            finally
            {
                _log._gate.Exit();
            }
            _log.AfterAppend();
        }

        /// <summary>
        /// Takes characters as <see cref="Write(ReadOnlySpan{byte})"/> takes their UTF-8 bytes.
        /// One caller at a time (the console writer's lock): a surrogate pair's first half waits
        /// here for its second.
        /// </summary>
        public void Write(ReadOnlySpan<char> text)
        {
            var count = Encode(text, 0);
            Write(new ReadOnlySpan<byte>(_encoded, 0, count));
        }

        public void Write(char c) => Write(new ReadOnlySpan<char>(in c));

        /// <summary><paramref name="text"/> and the writer's line end, in one write (as <see cref="Write(ReadOnlySpan{char})"/>).</summary>
        public void WriteLine(ReadOnlySpan<char> text, string newLine)
        {
            var count = Encode(newLine, Encode(text, 0));
            Write(new ReadOnlySpan<byte>(_encoded, 0, count));
        }

        /// <summary>Writes what is left of an unfinished line (at exit), after everything printed before it.</summary>
        public void Flush()
        {
            lock (_log._fileGate)
            {
                _log.TakePending();
                if (_length == 0)
                    return;
                _log.Finish(new ReadOnlySpan<byte>(_text, 0, _length));
                _length = _column = 0;
            }
        }

        // Encodes text into _encoded at offset; returns the offset after it.
        private int Encode(ReadOnlySpan<char> text, int offset)
        {
            _encoder ??= Encoding.UTF8.GetEncoder();
            var needed = offset + _encoder.GetByteCount(text, flush: false);
            if (_encoded.Length < needed)
                Array.Resize(ref _encoded, Math.Max(needed, 256));
            return offset + _encoder.GetBytes(text, new Span<byte>(_encoded, offset, _encoded.Length - offset), flush: false);
        }

        // What the stream printed, made into lines. Under the log's _fileGate, on the writer's thread.
        internal void Take(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                if (_column < _length)
                {
                    bytes = bytes.Slice(Overwrite(bytes));
                    continue;
                }
                // Lines that no carriage return rewrites are logged as printed: all of them in
                // one append, not one per line (a training loop printing every step).
                var whole = LineBreakSearch.EndOfLinesBeforeReturn(bytes);
                if (whole > 0)
                {
                    _log.Finish(new ReadOnlySpan<byte>(_text, 0, _length), bytes.Slice(0, whole));
                    _length = _column = 0;
                    bytes = bytes.Slice(whole);
                    continue;
                }
                var stop = LineBreakSearch.First(bytes);
                if (stop < 0)
                {
                    Keep(bytes);
                    return;
                }
                if (bytes[stop] == '\n')
                {
                    // A finished line: what is kept of it, then these bytes and the line end, in one append.
                    _log.Finish(new ReadOnlySpan<byte>(_text, 0, _length), bytes.Slice(0, stop + 1));
                    _length = _column = 0;
                }
                else
                {
                    Keep(bytes.Slice(0, stop));
                    _column = 0;
                }
                bytes = bytes.Slice(stop + 1);
            }
        }

        // Bytes at the end of the line.
        private void Keep(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(new Span<byte>(_text, _length, bytes.Length));
            _length += bytes.Length;
            _column = _length;
        }

        // After a '\r': the character at the column gives way to the next one written (or the
        // line ends, or starts over). Returns how many bytes it took.
        private int Overwrite(ReadOnlySpan<byte> bytes)
        {
            var first = bytes[0];
            if (first == '\n' || first == '\r')
            {
                if (first == '\n')
                {
                    _log.Finish(new ReadOnlySpan<byte>(_text, 0, _length), LineEnd);
                    _length = 0;
                }
                _column = 0;
                return 1;
            }
            var incoming = Math.Min(SequenceLength(first), bytes.Length);
            var replaced = Math.Min(SequenceLength(_text[_column]), _length - _column);
            if (incoming != replaced)
            {
                Reserve(incoming - replaced);
                Array.Copy(_text, _column + replaced, _text, _column + incoming, _length - _column - replaced);
                _length += incoming - replaced;
            }
            bytes.Slice(0, incoming).CopyTo(new Span<byte>(_text, _column, incoming));
            _column += incoming;
            return incoming;
        }

        private void Reserve(int more)
        {
            if (_length + more > _text.Length)
                Array.Resize(ref _text, Math.Max(_length + more, _text.Length * 2));
        }

        // The length of the UTF-8 sequence a byte starts (1 for a stray continuation byte).
        private static int SequenceLength(byte lead) =>
            lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /// <summary>Where in the pending bytes each stream's stretch starts: a new one at each change of stream.</summary>
    private sealed class Stretches
    {
        public int[] Starts = new int[4];
        public Line[] Lines = new Line[4];
        public int Count;

        /// <summary>Bytes of <paramref name="line"/>'s at <paramref name="start"/>: a stretch starts there unless the last is that line's.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Starting(Line line, int start)
        {
            if (Count > 0 && Lines[Count - 1] == line)
                return;
            if (Count == Starts.Length)
            {
                Array.Resize(ref Starts, Count * 2);
                Array.Resize(ref Lines, Count * 2);
            }
            Starts[Count] = start;
            Lines[Count++] = line;
        }

        public void Clear()
        {
            Array.Clear(Lines, 0, Count);
            Count = 0;
        }
    }
}
