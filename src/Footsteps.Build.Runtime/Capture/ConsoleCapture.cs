using System;
using System.IO;
using System.Threading;

namespace FootstepsRuntime.Capture;

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

    /// <summary>The next console output of either stream first waits for <paramref name="ready"/>, at most <paramref name="wait"/>.</summary>
    public void HoldUntil(ManualResetEventSlim ready, TimeSpan wait)
    {
        _out.HoldUntil(ready, wait);
        _error.HoldUntil(ready, wait);
    }

    /// <summary>Writes unfinished lines and closes the log; the console keeps working.</summary>
    public void Dispose()
    {
        _out.FlushLog();
        _error.FlushLog();
        _log.Dispose();
    }
}
