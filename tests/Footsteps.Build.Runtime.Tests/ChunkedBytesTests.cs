using FootstepsBuild.Runtime.Capture;

namespace FootstepsBuild.Tests.Runtime;

public sealed class ChunkedBytesTests
{
    private static byte[] Bytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    // The queue read back one piece at a time, as output.log's write-out reads it.
    private static byte[] ReadAll(ChunkedBytes queue)
    {
        var all = new List<byte>();
        for (var at = 0; at < queue.Length;)
        {
            var piece = queue.Piece(at, queue.Length - at);
            Assert.True(piece.Length > 0, $"an empty piece at {at} of {queue.Length}");
            Assert.True(piece.Length <= ChunkedBytes.ChunkBytes);
            all.AddRange(piece.ToArray());
            at += piece.Length;
        }
        return all.ToArray();
    }

    [Fact]
    public void Appends_OfAnyLength_ReadBackInOrder_AcrossBlocks()
    {
        using var queue = new ChunkedBytes();
        var expected = new List<byte>();
        var random = new Random(1);
        for (var i = 0; i < 400; i++)
        {
            // Console lines, and now and then more than a block at once.
            var bytes = Bytes(i % 50 == 0 ? ChunkedBytes.ChunkBytes * 2 + 17 : random.Next(0, 300), i);
            queue.Append(bytes);
            expected.AddRange(bytes);
        }

        Assert.Equal(expected.Count, queue.Length);
        Assert.Equal(expected.ToArray(), ReadAll(queue));
    }

    [Fact]
    public void Piece_StopsAtTheMostAskedFor_AndAtTheEndOfItsBlock()
    {
        using var queue = new ChunkedBytes();
        var bytes = Bytes(ChunkedBytes.ChunkBytes + 100, 2);
        queue.Append(bytes);

        Assert.Equal(10, queue.Piece(5, 10).Length);
        Assert.Equal(bytes.AsSpan(5, 10).ToArray(), queue.Piece(5, 10).ToArray());
        Assert.Equal(ChunkedBytes.ChunkBytes - 5, queue.Piece(5, int.MaxValue).Length);
        Assert.Equal(bytes.AsSpan(ChunkedBytes.ChunkBytes).ToArray(), queue.Piece(ChunkedBytes.ChunkBytes, int.MaxValue).ToArray());
        Assert.Equal(0, queue.Piece(bytes.Length, 10).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(200_000)]
    public void DropFirst_KeepsExactlyTheLastBytes_AndTheQueueGoesOn(int dropped)
    {
        using var queue = new ChunkedBytes();
        var bytes = Bytes(300_000, 3);
        queue.Append(bytes);

        queue.DropFirst(dropped);
        var more = Bytes(70_000, 4);
        queue.Append(more);

        Assert.Equal(bytes.Skip(dropped).Concat(more).ToArray(), ReadAll(queue));
    }

    [Fact]
    public void DropFirst_OfEverything_EmptiesIt_AndClear_ReusesTheBlocks()
    {
        using var queue = new ChunkedBytes();
        queue.Append(Bytes(150_000, 5));
        queue.DropFirst(150_000);
        Assert.Equal(0, queue.Length);

        queue.Append(Bytes(150_000, 6));
        queue.Clear();
        var again = Bytes(1_000, 7);
        queue.Append(again);

        Assert.Equal(again, ReadAll(queue));
    }

    [Fact]
    public void AfterDispose_AppendsKeepNothing()
    {
        var queue = new ChunkedBytes();
        queue.Append(Bytes(100_000, 8));
        queue.Dispose();
        queue.Append(Bytes(100, 9));
        queue.Dispose();

        Assert.Equal(0, queue.Length);
        Assert.Equal(0, queue.Piece(0, 10).Length);
    }
}
