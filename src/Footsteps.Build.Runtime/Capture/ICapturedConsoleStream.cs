using System.Threading;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>stdout or stderr as the capture tees it (<see cref="TeeStream"/> or <see cref="TeeWriter"/>).</summary>
internal interface ICapturedConsoleStream
{
    /// <summary>The next output first waits for <paramref name="ready"/>, at most until <paramref name="deadlineTickCount"/>.</summary>
    void HoldUntil(ManualResetEventSlim ready, long deadlineTickCount);

    /// <summary>The unfinished last line, written at exit.</summary>
    void FlushLog();
}
