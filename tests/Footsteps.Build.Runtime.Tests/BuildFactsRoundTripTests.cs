extern alias tasks;

using System.Text;
using tasks::Footsteps.Build.Tasks.Facts;
using tasks::FootstepsShared.Git;
using FootstepsRuntime.Record;

namespace FootstepsTests.Runtime;

/// <summary>What the build task writes, the runtime reads back unchanged.</summary>
public sealed class BuildFactsRoundTripTests
{
    [Fact]
    public void EveryFieldTheTaskWrites_TheRuntimeReadsBack()
    {
        var git = new GitFacts
        {
            Commit = "0123456789abcdef0123456789abcdef01234567",
            Describe = "v1.0-3-g0123456",
            Branch = "main",
            Remote = "https://github.com/o/r.git",
            WebLink = "https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567",
            Diff = "diff --git a/\"q\" b/\\x\n+tab\there \u0001 ünï 实验 😀\r\n",
            DiffTruncated = true,
            Problem = new GitProblem("FS1003", "no commits"),
        };
        git.Untracked.AddRange(new[] { "a b.cs", "dir/ü.cs" });
        var build = new BuildSettings
        {
            Configuration = "Release", TargetFramework = "net10.0", RuntimeIdentifier = "linux-x64",
            SdkVersion = "10.0.401", ProjectPath = "app/app.csproj", AutoStart = false, OutputRoot = "out",
        };
        var sources = new[] { new SourceFile("a b.cs", "class A { string s = \"\\n\"; }", null), new SourceFile("big.cs", null, "too large") };
        var packages = new[] { new PackageVersion("Footsteps.Build", "0.1.0") };

        var json = BuildFactsDocument.Render(build, git, sources, packages);
        var facts = BuildFacts.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(git.Commit, facts.Commit);
        Assert.Equal(git.Describe, facts.Describe);
        Assert.Equal(git.Branch, facts.Branch);
        Assert.Equal(git.Remote, facts.Remote);
        Assert.Equal(git.WebLink, facts.WebLink);
        Assert.Equal(git.Diff, facts.Diff);
        Assert.True(facts.DiffTruncated);
        Assert.Equal(git.Untracked, facts.Untracked);
        Assert.Equal(2, facts.UntrackedCount);
        Assert.Equal("FS1003: no commits", facts.Problem);
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
