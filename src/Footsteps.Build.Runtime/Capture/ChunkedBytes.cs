using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// A queue of bytes in blocks of native memory, for output.log's buffers. Not managed arrays:
/// the megabytes a printing program's console passes through would count towards the GC's
/// budgets, so its first collection would come earlier than without Footsteps (with one array
/// that grows, a full collection: the large object heap's budget), and the finalizers that run
/// after it are first calls that hold back the runtime's optimization of the program's code for
/// 100 ms (docs/benchmarks.md, "The GC and the console"). Bytes are appended at the end and
/// dropped from the start; the blocks are kept for reuse until <see cref="Dispose"/>.
/// One thread at a time (its owner's lock).
/// </summary>
internal sealed unsafe class ChunkedBytes : IDisposable
{
    public const int ChunkBytes = 64 * 1024;

    // In order: each full but the last (of which _lastUsed bytes are in use), the first read from _start.
    private byte*[] _chunks = new byte*[4];
    private int _count;
    private int _start;
    private int _lastUsed;
    // _chunks[_count - 1], or null.
    private byte* _last;
    private byte*[] _spare = new byte*[4];
    private int _spareCount;
    private bool _disposed;

    public int Length { get; private set; }

    // Inlined where the program's thread copies a console line: most lines fit the last block.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_last != null && bytes.Length <= ChunkBytes - _lastUsed)
        {
            bytes.CopyTo(new Span<byte>(_last + _lastUsed, bytes.Length));
            _lastUsed += bytes.Length;
            Length += bytes.Length;
            return;
        }
        AppendAcrossChunks(bytes);
    }

    private void AppendAcrossChunks(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0 && !_disposed)
        {
            if (_last == null || _lastUsed == ChunkBytes)
                AddChunk();
            var taken = Math.Min(bytes.Length, ChunkBytes - _lastUsed);
            bytes.Slice(0, taken).CopyTo(new Span<byte>(_last + _lastUsed, taken));
            _lastUsed += taken;
            Length += taken;
            bytes = bytes.Slice(taken);
        }
    }

    /// <summary>
    /// The bytes from <paramref name="offset"/> (counted from the first byte) that lie in a row
    /// in one block, at most <paramref name="most"/>: a caller reads the queue one stretch at a
    /// time. Valid until the queue next changes.
    /// </summary>
    public ReadOnlySpan<byte> Piece(int offset, int most)
    {
        var at = offset + _start;
        var chunk = at / ChunkBytes;
        if (offset < 0 || offset >= Length || chunk >= _count)
            return ReadOnlySpan<byte>.Empty;
        at -= chunk * ChunkBytes;
        var used = chunk == _count - 1 ? _lastUsed : ChunkBytes;
        return new ReadOnlySpan<byte>(_chunks[chunk] + at, Math.Min(used - at, most));
    }

    /// <summary>Drops the first <paramref name="count"/> bytes.</summary>
    // First called once output.log's tail is full, late in a run: calls nothing the launch has
    // not (docs/design.md, "Late first calls").
    public void DropFirst(int count)
    {
        if (count >= Length)
        {
            Clear();
            return;
        }
        Length -= count;
        var at = _start + count;
        var dropped = at / ChunkBytes;
        for (var i = 0; i < dropped; i++)
            Spare(_chunks[i]);
        for (var i = dropped; i < _count; i++)
            _chunks[i - dropped] = _chunks[i];
        _count -= dropped;
        _start = at - dropped * ChunkBytes;
    }

    public void Clear()
    {
        for (var i = 0; i < _count; i++)
            Spare(_chunks[i]);
        _count = _start = _lastUsed = Length = 0;
        _last = null;
    }

    /// <summary>Frees the blocks; appending after this keeps nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        Clear();
        for (var i = 0; i < _spareCount; i++)
            NativeMemory.Free(_spare[i]);
        _spareCount = 0;
        _disposed = true;
    }

    private void AddChunk()
    {
        // Untouched memory costs nothing resident: a program that prints little uses one block's first pages.
        var chunk = _spareCount > 0 ? _spare[--_spareCount] : (byte*)NativeMemory.Alloc(ChunkBytes);
        if (_count == _chunks.Length)
            _chunks = Grown(_chunks);
        _chunks[_count++] = chunk;
        _last = chunk;
        _lastUsed = 0;
    }

    private void Spare(byte* chunk)
    {
        if (_spareCount == _spare.Length)
            _spare = Grown(_spare);
        _spare[_spareCount++] = chunk;
    }

    // By hand, not Array.Resize: its generic instantiation would be a first call late in a run.
    private static byte*[] Grown(byte*[] chunks)
    {
        var grown = new byte*[chunks.Length * 2];
        for (var i = 0; i < chunks.Length; i++)
            grown[i] = chunks[i];
        return grown;
    }
}
