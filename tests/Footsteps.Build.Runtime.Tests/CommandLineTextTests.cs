using System.Diagnostics;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Runtime;

public sealed class CommandLineTextTests
{
    [Fact]
    public void QuotedCommand_PastedIntoAShell_GivesBackTheSameArguments()
    {
        var arguments = new[] { "--lr", "0.1", "two words", "it's", "$HOME", "`x`", "", "ü" };

        var result = ProcessRunner.Run("/bin/sh", new[] { "-c", "printf '%s\\n' " + CommandLineText.Join(arguments) }, Path.GetTempPath());

        Assert.Equal(arguments, result.StandardOutput.Split('\n')[..^1]);
    }

    [Fact]
    public void WindowsCommand_DoublesBackslashesBeforeAQuote()
    {
        var line = CommandLineText.Join(new[] { "a\\\"b", "C:\\dir with space\\", "plain" }, forWindows: true);

        Assert.Equal("\"a\\\\\\\"b\" \"C:\\dir with space\\\\\" plain", line);
    }

    // .NET splits ProcessStartInfo.Arguments by the Windows rules on every OS, so this checks the
    // Windows quoting the way CreateProcess would read it.
    [Fact]
    public void WindowsCommand_SplitByTheWindowsRules_GivesBackTheSameArguments()
    {
        var arguments = new[] { "two words", "quote\"inside", "back\\\\slashes\\\"q", "trailing\\", "", "ü" };
        var startInfo = new ProcessStartInfo("/bin/sh", "-c \"printf '%s\\n' \\\"$@\\\"\" sh " + CommandLineText.Join(arguments, forWindows: true))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(startInfo)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n')[..^1];
        process.WaitForExit();

        Assert.Equal(arguments, lines);
    }

    [Fact]
    public void WindowsCommand_QuotesTheWordsCmdWouldSplitOrChange()
    {
        var line = CommandLineText.Join(new[] { "a&b", "x|y", "c^d", "<in>", "trailing&\\" }, forWindows: true);

        Assert.Equal("\"a&b\" \"x|y\" \"c^d\" \"<in>\" \"trailing&\\\\\"", line);
    }

    // cmd enters and leaves quotes at every '"': after `"say \"hi"` it is inside quotes, so the
    // next word's opening quote takes it out, and its '&' needs a caret.
    [Fact]
    public void WindowsCommand_AfterAWordThatLeavesCmdInsideQuotes_EscapesTheNextAmpersandWithACaret()
    {
        var line = CommandLineText.Join(new[] { "say \"hi", "a&b" }, forWindows: true);

        Assert.Equal("\"say \\\"hi\" \"a^&b\"", line);
    }

    [Theory]
    [InlineData(true, "cd /d \"D:\\runs\\my exp\" && dotnet run -- \"a&b\"")]
    [InlineData(false, "cd '/runs/my exp' && dotnet run -- 'a&b'")]
    public void InDirectory_ChangesDirectoryTheWayTheOSsShellDoes(bool forWindows, string expected)
    {
        var directory = forWindows ? "D:\\runs\\my exp" : "/runs/my exp";

        Assert.Equal(expected, CommandLineText.InDirectory(directory, new[] { "dotnet", "run", "--", "a&b" }, forWindows));
    }
}
