using System;
using System.Threading;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// What a console stream's first output waits for (the run's record on disk), and until when at
/// most. Called under the stream's own lock.
/// </summary>
internal struct OutputHold
{
    private ManualResetEventSlim? _ready;
    // Environment.TickCount64: milliseconds are precise enough for a wait of seconds, and need no
    // Stopwatch at launch. One moment shared by stdout and stderr.
    private long _deadline;

    public void Until(ManualResetEventSlim ready, long deadlineTickCount)
    {
        _deadline = deadlineTickCount;
        _ready = ready;
    }

    /// <summary>Waits once, then never again.</summary>
    public void Wait()
    {
        if (_ready == null)
            return;
        var left = _deadline - Environment.TickCount64;
        if (left > 0)
            _ready.Wait((int)Math.Min(left, int.MaxValue));
        _ready = null;
    }
}
