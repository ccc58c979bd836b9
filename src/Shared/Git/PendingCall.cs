using System;
using System.Threading;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// A blocking call and, once it has returned, its result: run on a thread of its own (the
/// constructor) or by the first thread that asks for the result (<see cref="OnFirstUse"/>).
/// Never the thread pool: MSBuild's pool is small (two threads on a two-core machine) and a
/// handful of blocked git reads starve it, adding the pool's half-second injection delay to
/// every build.
/// </summary>
internal sealed class PendingCall<T>
{
    private readonly Thread? _thread;
    private Func<T>? _deferred;
    private readonly object _gate = new();
    private T _result = default!;
    private Exception? _failure;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>Runs <paramref name="call"/> on a thread of its own, started now.</summary>
    public PendingCall(Func<T> call)
    {
        _thread = new Thread(() => Complete(call)) { IsBackground = true, Name = "Footsteps git" };
        _thread.Start();
    }

    private PendingCall(Func<T> deferred, bool _)
    {
        _deferred = deferred;
    }

    /// <summary>
    /// Runs <paramref name="call"/> on the first thread that asks for the result; others asking
    /// meanwhile wait for it. No thread of its own to start (starting one costs MSBuild's
    /// thread up to 2 ms on a busy machine), and calls asked for one after another run one
    /// after another.
    /// </summary>
    public static PendingCall<T> OnFirstUse(Func<T> call) => new(call, false);

    private void Complete(Func<T> call)
    {
        try
        {
            _result = call();
        }
        catch (Exception e)
        {
            _failure = e;
        }
        Duration = _clock.Elapsed;
    }

    /// <summary>How long the call took from its creation, once it has returned.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>
    /// Waits for the call (or runs it, the first time, for <see cref="OnFirstUse"/>) and returns what it
    /// returned (or rethrows what it threw).
    /// </summary>
    public T Result
    {
        get
        {
            _thread?.Join();
            lock (_gate)
            {
                if (_deferred != null)
                {
                    Complete(_deferred);
                    _deferred = null;
                }
            }
            if (_failure != null)
                throw new InvalidOperationException("A git call failed.", _failure);
            return _result;
        }
    }
}
