using System.Diagnostics;
using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Tests.Tasks;

public sealed class WindowsCommandLineTests
{
    [Fact]
    public void JoinedArguments_ReachTheChildProcessUnchanged()
    {
        var arguments = new[] { "plain", "with space", "quote\"inside", "trailing\\", "back\\\\slashes\\\"q", "", ":(exclude,top,glob)**/bin/**" };
        var startInfo = new ProcessStartInfo("/bin/sh", WindowsCommandLine.Join(new[] { "-c", "printf '%s\\n' \"$@\"", "sh" }.Concat(arguments)))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(startInfo)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n')[..^1];
        process.WaitForExit();

        Assert.Equal(arguments, lines);
    }
}
