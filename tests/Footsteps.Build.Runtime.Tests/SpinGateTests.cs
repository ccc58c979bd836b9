using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Tests.Runtime;

public sealed class SpinGateTests
{
    private SpinGate _gate;
    private long _counter;

    [Fact]
    public void ThreadsThatEnterTogether_NeverOverlap()
    {
        SpinGate.Prepare();
        const int ThreadCount = 4;
        const int Rounds = 200_000;
        var inside = 0;
        var overlaps = 0;
        var threads = Enumerable.Range(0, ThreadCount).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                _gate.Enter();
                if (Interlocked.Increment(ref inside) != 1)
                    Interlocked.Increment(ref overlaps);
                // Not atomic on purpose: only the gate keeps increments from being lost.
                _counter = _counter + 1;
                Interlocked.Decrement(ref inside);
                _gate.Exit();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(0, overlaps);
        Assert.Equal((long)ThreadCount * Rounds, _counter);
    }
}
