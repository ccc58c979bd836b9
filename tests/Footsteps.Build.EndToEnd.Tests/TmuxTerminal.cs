using System.Diagnostics;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// A real terminal: a detached tmux session on a private server socket, typed into with
/// send-keys and read with capture-pane.
/// </summary>
public sealed class TmuxTerminal : IDisposable
{
    private readonly string _socket = "footsteps-test-" + Guid.NewGuid().ToString("N")[..8];

    public TmuxTerminal(string workingDirectory, string command)
    {
        // The shell prints the exit code when the program ends, then keeps the pane open to be read.
        Tmux("new-session", "-d", "-s", "t", "-x", "160", "-y", "40", "-c", workingDirectory,
            $"{command}; echo \"EXIT=$?\"; sleep 600");
    }

    public void Type(string keys) => Tmux("send-keys", "-t", "t", "-l", "--", keys);

    /// <summary>A named key: Tab, Enter, C-c, Left, BSpace…</summary>
    public void Press(string key) => Tmux("send-keys", "-t", "t", key);

    public string Screen() => Tmux("capture-pane", "-p", "-t", "t");

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the screen if it never does.</summary>
    public string WaitFor(string text, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var screen = Screen();
            if (screen.Contains(text, StringComparison.Ordinal))
                return screen;
            Thread.Sleep(100);
        }
        throw new Xunit.Sdk.XunitException($"The terminal never showed '{text}'. It shows:\n{Screen()}");
    }

    public void Dispose() => ProcessRunner.Run("tmux", new[] { "-L", _socket, "kill-server" }, Path.GetTempPath());

    private string Tmux(params string[] arguments)
    {
        var result = ProcessRunner.Run("tmux", new[] { "-L", _socket }.Concat(arguments), Path.GetTempPath(),
            environment: new Dictionary<string, string?> { ["TMUX"] = null });
        Assert.True(result.ExitCode == 0, $"tmux {string.Join(" ", arguments)}: {result}");
        return result.StandardOutput;
    }
}
