using System;
using System.IO;
using System.Threading;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>Tees Console.Out and Console.Error into output.log from launch on.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    public const string FileName = "output.log";

    private readonly OutputLog _log;
    private readonly TeeWriter _out;
    private readonly TeeWriter _error;

    private ConsoleCapture(string runDirectory)
    {
        _log = new OutputLog(Path.Combine(runDirectory, FileName));
        _out = new TeeWriter(Console.Out, _log);
        _error = new TeeWriter(Console.Error, _log);
        Console.SetOut(_out);
        Console.SetError(_error);
    }

    public static ConsoleCapture Start(string runDirectory) => new(runDirectory);

    /// <summary>
    /// The next console output of either stream first waits for <paramref name="ready"/>, both together at
    /// most <paramref name="wait"/>.
    /// </summary>
    public void HoldUntil(ManualResetEventSlim ready, TimeSpan wait)
    {
        // One deadline for both streams: together they never wait longer than wait. (Milliseconds
        // are precise enough for a wait of seconds, and need no Stopwatch at launch.)
        var deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
        _out.HoldUntil(ready, deadline);
        _error.HoldUntil(ready, deadline);
    }

    /// <summary>Writes output.log out every <see cref="OutputLog.FlushInterval"/> until the capture ends (see <see cref="OutputLog.KeepWritingOut"/>).</summary>
    public void KeepWritingOut() => _log.KeepWritingOut();

    /// <summary>Writes out what output.log has waiting.</summary>
    public void WriteOut() => _log.WriteOut();

    /// <summary>Writes unfinished lines and closes the log; the console keeps working.</summary>
    public void Dispose()
    {
        _out.FlushLog();
        _error.FlushLog();
        _log.Dispose();
    }
}
