using System.Threading;

namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// A lock around a few instructions' work (output.log's copy of a console line): one
/// compare-exchange to enter, one store to leave. Monitor and System.Threading.Lock find the
/// entering thread in thread-local storage at every entry, which precompiled code reaches
/// through a runtime helper; on the console's path that cost a printing program more than the
/// copy itself (docs/benchmarks.md, "Console throughput": the console line's lock). Not
/// reentrant. A field, never copied.
/// </summary>
internal struct SpinGate
{
    private int _taken;

    /// <summary>
    /// Makes the first calls of the contended path now (at launch), not at the first contention
    /// late in a run, where a first call would hold back the runtime's optimization of the
    /// program (docs/design.md, "output.log").
    /// </summary>
    public static void Prepare()
    {
        var free = new SpinGate();
        free.EnterContended();
        free.Exit();
        Thread.SpinWait(1);
        Thread.Yield();
    }

    public void Enter()
    {
        if (Interlocked.CompareExchange(ref _taken, 1, 0) != 0)
            EnterContended();
    }

    public void Exit() => Volatile.Write(ref _taken, 0);

    private void EnterContended()
    {
        var tries = 0;
        while (Interlocked.CompareExchange(ref _taken, 1, 0) != 0)
        {
            // The holder needs a few instructions, unless the scheduler took its core: then
            // spinning only delays it, so after a short spin this thread gives its core away.
            if (++tries < 16)
                Thread.SpinWait(20);
            else
                Thread.Yield();
        }
    }
}
