using System;
using System.IO;
using System.Text;

namespace FootstepsBuild.Runtime.Naming;

/// <summary>
/// Reads one line from a real terminal with editing: Backspace, Delete, arrows, Home/End, Tab
/// completion (a second Tab lists the candidates), Ctrl-C to abort. Echoes to <c>echo</c>
/// (stderr), so a program whose stdout is redirected still shows its prompt.
/// </summary>
internal sealed class TerminalLineEditor
{
    private readonly NameCompletion _completion;
    private readonly TextWriter _echo;
    private readonly StringBuilder _line = new();
    private int _cursor;

    public TerminalLineEditor(NameCompletion completion, TextWriter echo)
    {
        _completion = completion;
        _echo = echo;
    }

    /// <returns>The line; null at Ctrl-D on an empty line.</returns>
    /// <exception cref="OperationCanceledException">Ctrl-C.</exception>
    public string? ReadLine()
    {
        _line.Clear();
        _cursor = 0;
        var treatedControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            var lastWasTab = false;
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                var isTab = key.Key == ConsoleKey.Tab;
                if (Handle(key, lastWasTab) is { } done)
                    return done.Line;
                lastWasTab = isTab;
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatedControlC;
        }
    }

    private Finished? Handle(ConsoleKeyInfo key, bool lastWasTab)
    {
        var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
        if (control && key.Key == ConsoleKey.C || key.KeyChar == '\x03')
        {
            _echo.WriteLine("^C");
            throw new OperationCanceledException("the name prompt was cancelled");
        }
        if (control && key.Key == ConsoleKey.D || key.KeyChar == '\x04')
        {
            if (_line.Length == 0)
            {
                _echo.WriteLine();
                return new Finished(null);
            }
            return null;
        }

        switch (key.Key)
        {
            case ConsoleKey.Enter:
                _echo.WriteLine();
                return new Finished(_line.ToString());
            case ConsoleKey.Backspace:
                if (_cursor > 0)
                {
                    _line.Remove(--_cursor, 1);
                    Redraw();
                }
                break;
            case ConsoleKey.Delete:
                if (_cursor < _line.Length)
                {
                    _line.Remove(_cursor, 1);
                    Redraw();
                }
                break;
            case ConsoleKey.LeftArrow:
                MoveTo(Math.Max(_cursor - 1, 0));
                break;
            case ConsoleKey.RightArrow:
                MoveTo(Math.Min(_cursor + 1, _line.Length));
                break;
            case ConsoleKey.Home:
                MoveTo(0);
                break;
            case ConsoleKey.End:
                MoveTo(_line.Length);
                break;
            case ConsoleKey.Tab:
                Complete(lastWasTab);
                break;
            default:
                if (key.KeyChar >= ' ' && !char.IsControl(key.KeyChar))
                {
                    _line.Insert(_cursor++, key.KeyChar);
                    Redraw();
                }
                break;
        }
        return null;
    }

    private void Complete(bool listCandidates)
    {
        var prefix = _line.ToString(0, _cursor);
        var completed = _completion.Complete(prefix);
        if (completed.Length > prefix.Length)
        {
            _line.Remove(0, _cursor).Insert(0, completed);
            _cursor = completed.Length;
            Redraw();
            return;
        }
        if (!listCandidates)
            return;
        var candidates = _completion.CandidatesFor(prefix);
        if (candidates.Count == 0)
            return;
        _echo.WriteLine();
        _echo.WriteLine(string.Join("  ", candidates));
        Redraw();
    }

    // Rewrites the whole line: simple, and correct for any edit position.
    private void Redraw()
    {
        _echo.Write("\r\x1b[K");
        _echo.Write(_line.ToString());
        var back = _line.Length - _cursor;
        if (back > 0)
            _echo.Write($"\x1b[{back}D");
        _echo.Flush();
    }

    private void MoveTo(int position)
    {
        _cursor = position;
        Redraw();
    }

    private sealed record Finished(string? Line);
}
