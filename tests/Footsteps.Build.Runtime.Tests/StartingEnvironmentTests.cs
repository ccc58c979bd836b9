using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Tests.Runtime;

public sealed class StartingEnvironmentTests
{
    [Fact]
    public void Parse_TakesEachNulSeparatedEntry_SplitAtItsFirstEquals()
    {
        var variables = StartingEnvironment.Parse("A=1\0URL=https://x/?a=b\0EMPTY=\0NOEQUALS\0=nameless\0LAST=end\0");

        Assert.Equal(new Dictionary<string, string>
        {
            ["A"] = "1",
            ["URL"] = "https://x/?a=b",
            ["EMPTY"] = "",
            ["LAST"] = "end",
        }, variables);
    }

    [Fact]
    public void Parse_ReadsALastEntryWithoutItsNul_AndAnEmptyBlock()
    {
        Assert.Equal("v", StartingEnvironment.Parse("K=v")["K"]);
        Assert.Empty(StartingEnvironment.Parse(""));
    }

    [Fact]
    public void Read_HoldsThisProcesssVariables()
    {
        var variables = StartingEnvironment.Read();

        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), variables["PATH"]);
    }

    // On Linux the record's environment is the one the process was started with: a variable the
    // program sets once running is not in it (Environment would say it is).
    [Fact]
    public void Read_OnLinux_IsTheEnvironmentAsStarted()
    {
        if (!OperatingSystem.IsLinux())
            return;
        const string name = "FOOTSTEPS_TEST_SET_AFTER_START";
        Environment.SetEnvironmentVariable(name, "late");
        try
        {
            Assert.False(StartingEnvironment.Read().ContainsKey(name));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
