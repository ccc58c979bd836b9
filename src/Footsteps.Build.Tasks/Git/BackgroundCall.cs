using System;
using System.Threading;

namespace FootstepsShared.Git;

/// <summary>
/// Runs a blocking call on its own thread. Not the thread pool: MSBuild's pool is small (two
/// threads on a two-core machine) and a handful of blocked git reads starve it, adding the
/// pool's half-second injection delay to every build.
/// </summary>
internal sealed class BackgroundCall<T>
{
    private readonly Thread? _thread;
    private T _result = default!;
    private Exception? _failure;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>Runs <paramref name="call"/> now, on the calling thread: for callers already in the background that want one thing at a time.</summary>
    public static BackgroundCall<T> Inline(Func<T> call) => new(call, inline: true);

    public BackgroundCall(Func<T> call) : this(call, inline: false)
    {
    }

    private BackgroundCall(Func<T> call, bool inline)
    {
        if (inline)
        {
            Complete(call);
            return;
        }
        _thread = new Thread(() => Complete(call)) { IsBackground = true, Name = "Footsteps git" };
        _thread.Start();
    }

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

    /// <summary>How long the call took, once it has returned.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>Waits for the call and returns what it returned (or rethrows what it threw).</summary>
    public T Result
    {
        get
        {
            _thread?.Join();
            if (_failure != null)
                throw new InvalidOperationException("A background git call failed.", _failure);
            return _result;
        }
    }
}
