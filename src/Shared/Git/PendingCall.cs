using System;
using System.Threading;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// A blocking call and, once it has returned, its result: run on a thread of its own (the
/// constructor), on the calling thread (<see cref="Inline"/>), or by the first thread that asks
/// for the result (<see cref="OnFirstUse"/>). Never the thread pool: MSBuild's pool is small (two
/// threads on a two-core machine) and a handful of blocked git reads starve it, adding the pool's
/// half-second injection delay to every build.
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

    private PendingCall(Func<T> call, bool now)
    {
        if (now)
            Complete(call);
        else
            _deferred = call;
    }

    /// <summary>Runs <paramref name="call"/> now, on the calling thread: for callers already in the background that want one thing at a time.</summary>
    public static PendingCall<T> Inline(Func<T> call) => new(call, now: true);

    /// <summary>
    /// Runs <paramref name="call"/> on the first thread that asks for the result; others asking
    /// meanwhile wait for it. For work that several background readers share: no thread of its
    /// own to start (starting one cost MSBuild's thread up to 2 ms on a busy machine).
    /// </summary>
    public static PendingCall<T> OnFirstUse(Func<T> call) => new(call, now: false);

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

    /// <summary>Waits for the call (or runs it, the first time, for <see cref="OnFirstUse"/>) and returns what it returned (or rethrows what it threw).</summary>
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
