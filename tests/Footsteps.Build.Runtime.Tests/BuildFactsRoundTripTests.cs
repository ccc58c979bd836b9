using System.Text;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>What the build task writes (the contract document), the runtime reads back unchanged.</summary>
public sealed class BuildFactsRoundTripTests
{
    [Fact]
    public void EveryFieldTheTaskWrites_TheRuntimeReadsBack()
    {
        var facts = BuildFacts.Parse(new MemoryStream(Encoding.UTF8.GetBytes(BuildFactsContract.Json)));

        Assert.Equal(BuildFactsContract.Commit, facts.Commit);
        Assert.Equal(BuildFactsContract.Describe, facts.Describe);
        Assert.Equal(BuildFactsContract.Branch, facts.Branch);
        Assert.Equal(BuildFactsContract.Remote, facts.Remote);
        Assert.Equal(BuildFactsContract.WebLink, facts.WebLink);
        Assert.Equal(BuildFactsContract.Diff, facts.Diff);
        Assert.True(facts.DiffTruncated);
        Assert.Equal(BuildFactsContract.Untracked, facts.Untracked);
        Assert.Equal(2, facts.UntrackedCount);
        Assert.Equal("FOOT1003: no commits", facts.Problem);
        Assert.Equal("Release", facts.Configuration);
        Assert.Equal("net10.0", facts.TargetFramework);
        Assert.Equal("linux-x64", facts.RuntimeIdentifier);
        Assert.Equal("10.0.401", facts.SdkVersion);
        Assert.Equal("app/app.csproj", facts.ProjectPath);
        Assert.False(facts.AutoStart);
        Assert.Equal("out", facts.OutputRoot);
        Assert.Equal(new[] { ("a b.cs", "class A { string s = \"\\n\"; }") }, facts.Sources);
        Assert.Equal(new[] { ("big.cs", "too large") }, facts.SourcesSkipped);
        Assert.Equal(new[] { ("Footsteps.Build", "0.1.0") }, facts.Packages);
    }

    [Fact]
    public void FactsFromANewerSchema_AreRefusedWithAReason()
    {
        var facts = BuildFacts.Parse(new MemoryStream(Encoding.UTF8.GetBytes("{\"schema\": 99}")));

        Assert.Contains("schema 99", facts.Problem);
    }
}
