using System;
using System.IO;
using System.Text;
using System.Threading;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>Tees Console.Out and Console.Error into output.log from launch on.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    public const string FileName = "output.log";

    private readonly OutputLog _log;
    private readonly ICapturedConsoleStream _out;
    private readonly ICapturedConsoleStream _error;

    private ConsoleCapture(string runDirectory)
    {
        _log = new OutputLog(Path.Combine(runDirectory, FileName));
        if (ConsoleWritesUtf8())
        {
            // The console's own kind of writer (UTF-8 without a preamble, a small buffer, flushed
            // at every call) over a stream that tees the bytes: one writer and one encoding a
            // line, as without Footsteps. Console's own writers are never made. Encoding.Default
            // is that UTF-8 on .NET; a UTF8Encoding of our own would load its facade at launch.
            var teeOut = new TeeStream(Console.OpenStandardOutput(), _log);
            var teeError = new TeeStream(Console.OpenStandardError(), _log);
            Console.SetOut(ConsoleKindOfWriter(teeOut));
            Console.SetError(ConsoleKindOfWriter(teeError));
            _out = teeOut;
            _error = teeError;
        }
        else
        {
            // Windows' console code pages, or a non-UTF-8 locale: the console's own writer, and
            // the characters encoded for output.log as UTF-8 besides.
            var teeOut = new TeeWriter(Console.Out, _log);
            var teeError = new TeeWriter(Console.Error, _log);
            Console.SetOut(teeOut);
            Console.SetError(teeError);
            _out = teeOut;
            _error = teeError;
        }
    }

    // The size the console gives its writers; each write reaches the stream at once (AutoFlush).
    private const int ConsoleWriterBufferChars = 256;

    private static StreamWriter ConsoleKindOfWriter(TeeStream tee) =>
        new(tee, Encoding.Default, ConsoleWriterBufferChars, leaveOpen: true) { AutoFlush = true };

    // On Unix the console writes the locale's encoding, UTF-8 unless LC_ALL, LC_MESSAGES or LANG
    // name another (the console is asked only then: LocaleCharset says why); on Windows the
    // console's code page.
    private static bool ConsoleWritesUtf8() =>
        !OperatingSystem.IsWindows() &&
        (LocaleCharset.IsUtf8(Environment.GetEnvironmentVariable) ?? Console.OutputEncoding.CodePage == 65001);

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
