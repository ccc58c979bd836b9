using FootstepsRuntime.Record;
using FootstepsTests.Testing;

namespace FootstepsTests.Runtime;

public sealed class CommandLineTextTests
{
    [Fact]
    public void QuotedCommand_PastedIntoAShell_GivesBackTheSameArguments()
    {
        var arguments = new[] { "--lr", "0.1", "two words", "it's", "$HOME", "`x`", "", "ü" };

        var result = ProcessRunner.Run("/bin/sh", new[] { "-c", "printf '%s\\n' " + CommandLineText.Join(arguments) }, Path.GetTempPath());

        Assert.Equal(arguments, result.StandardOutput.Split('\n')[..^1]);
    }
}
