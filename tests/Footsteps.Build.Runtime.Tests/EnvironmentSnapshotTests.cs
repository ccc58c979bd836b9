using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class EnvironmentSnapshotTests
{
    [Fact]
    public void Parse_TakesEachNulSeparatedEntry_SplitAtItsFirstEquals()
    {
        var variables = EnvironmentSnapshot.Parse("A=1\0URL=https://x/?a=b\0EMPTY=\0NOEQUALS\0=nameless\0LAST=end\0");

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
        Assert.Equal("v", EnvironmentSnapshot.Parse("K=v")["K"]);
        Assert.Empty(EnvironmentSnapshot.Parse(""));
    }

    [Fact]
    public void AsStarted_HoldsThisProcesssVariables()
    {
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), EnvironmentSnapshot.AsStarted()["PATH"]);
    }

    // At launch (before the program's code) the record takes the variables as the process was
    // started; a run the program's code starts takes them as that code left them.
    [Fact]
    public void AVariableSetInCode_IsRecordedByARunStartedInCode_AndOnLinuxNotByOneStartedAtLaunch()
    {
        const string name = "DOTNET_FOOTSTEPS_TEST_SET_IN_CODE";
        Environment.SetEnvironmentVariable(name, "set in code");
        try
        {
            Assert.Equal("set in code", RunRecordBuilder.Details(null, null, beforeProgramCode: false).Environment[name]);
            if (OperatingSystem.IsLinux())
                Assert.False(RunRecordBuilder.Details(null, null, beforeProgramCode: true).Environment.ContainsKey(name));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
