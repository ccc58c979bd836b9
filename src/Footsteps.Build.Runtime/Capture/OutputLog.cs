using System;
using System.IO;
using System.Text;

namespace FootstepsBuild.Runtime.Capture;

/// <summary>
/// output.log: what the program printed, as a terminal would finally show it. A carriage
/// return moves back to the start of the line, so progress-bar rewrites collapse to their final
/// state. Each finished line is flushed at once, so a crash loses at most the unfinished one.
/// stdout and stderr keep separate unfinished lines, so their partial writes never mix.
/// </summary>
internal sealed class OutputLog : IDisposable
{
    private readonly object _gate = new();
    private readonly Stream _file;
    private readonly Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public OutputLog(string path)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1);
    }

    public Line NewLine() => new(this);

    public void Dispose()
    {
        lock (_gate)
            _file.Dispose();
    }

    private void WriteLine(string text)
    {
        var bytes = _utf8.GetBytes(text);
        lock (_gate)
        {
            try
            {
                _file.Write(bytes, 0, bytes.Length);
                _file.Flush();
            }
            catch (ObjectDisposedException)
            {
                // Output after the log was closed (late in process exit) only reaches the console.
            }
            catch (IOException)
            {
                // A full disk must not break the program's own console output.
            }
        }
    }

    /// <summary>One stream's unfinished line, with terminal-like overwrite after '\r'.</summary>
    internal sealed class Line
    {
        private readonly OutputLog _log;
        private readonly StringBuilder _text = new();
        private int _column;

        public Line(OutputLog log)
        {
            _log = log;
        }

        public void Write(char c)
        {
            switch (c)
            {
                case '\r':
                    _column = 0;
                    break;
                case '\n':
                    _text.Append('\n');
                    _log.WriteLine(_text.ToString());
                    _text.Clear();
                    _column = 0;
                    break;
                default:
                    if (_column < _text.Length)
                        _text[_column] = c;
                    else
                        _text.Append(c);
                    _column++;
                    break;
            }
        }

        /// <summary>Writes what is left of an unfinished line (at exit).</summary>
        public void Flush()
        {
            if (_text.Length == 0)
                return;
            _log.WriteLine(_text.ToString());
            _text.Clear();
            _column = 0;
        }
    }
}
