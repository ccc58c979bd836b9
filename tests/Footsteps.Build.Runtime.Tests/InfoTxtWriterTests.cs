using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class InfoTxtWriterTests
{
    private static readonly LaunchFacts Launch = new()
    {
        Command = "/app/bin/exp --lr 0.1",
        HostName = "box",
        Framework = ".NET 10.0.0",
        RuntimeIdentifier = "linux-x64",
        ProcessPath = "/app/bin/exp",
        WorkingDirectory = "/app",
    };

    private static string Write(BuildFacts git)
    {
        var facts = git with { Configuration = "Debug", SdkVersion = "10.0.401" };
        return InfoTxtWriter.Text(Launch, facts);
    }

    [Fact]
    public void Sections_FollowTheUpstreamOrder_ThenOurAdditions()
    {
        var text = Write(new BuildFacts { Commit = "abc", Describe = "abc", Diff = "+x\n" });

        var headers = text.Split('\n').Where(l => l.EndsWith(':') && !l.StartsWith(' ')).ToList();
        Assert.Equal(new[] { "Command:", "System:", ".NET:", "Git Hash:", "Uncommitted changes:", "Current working dir:", "Untracked files:", "Build:", "Git:" }, headers);
        Assert.StartsWith("Command:\n/app/bin/exp --lr 0.1\nSystem:\nbox\n.NET:\n.NET 10.0.0 (linux-x64)\n/app/bin/exp\nGit Hash:\nabc\nUncommitted changes:\n+x\nCurrent working dir:\n/app\n", text);
    }

    [Fact]
    public void WebLink_FollowsTheHashOnTheNextLine()
    {
        var text = Write(new BuildFacts { Commit = "abc", Describe = "v1-g1", WebLink = "https://github.com/o/r/tree/abc" });

        Assert.Contains("Git Hash:\nv1-g1\nhttps://github.com/o/r/tree/abc\n", text);
    }

    [Fact]
    public void TruncatedDiff_SaysItWasCut()
    {
        var text = Write(new BuildFacts { Commit = "abc", Diff = "+partial", DiffTruncated = true });

        Assert.Contains("+partial\n[Footsteps: the diff was cut here", text);
    }

    [Fact]
    public void MissingGit_IsRecordedAsNotRecorded()
    {
        var text = Write(new BuildFacts { Problem = "FOOT1002: the project is not in a git repository" });

        Assert.Contains("Git Hash:\n(unavailable)\n", text);
        Assert.Contains("Not recorded:\nFOOT1002: the project is not in a git repository\n", text);
    }
}
