using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

public sealed class WarnIfFootstepsBinaryStaleTests
{
    [Fact]
    public void RunWithoutBuild_AfterAnEdit_WarnsFOOT1101()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}\n").CommitAll();
        var harness = new FactsTaskHarness(repository);
        harness.WriteFacts().Execute();

        repository.WriteFile("app/Program.cs", "class P { int edited; }\n");
        harness.InNewProcess().WarnIfStale().Execute();

        Assert.Equal("FOOT1101", Assert.Single(harness.Engine.Warnings).Code);
    }

    [Fact]
    public void RunWithoutBuild_OnAnUnchangedTree_StaysQuiet()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}\n").CommitAll();
        var harness = new FactsTaskHarness(repository);
        harness.WriteFacts().Execute();

        harness.InNewProcess().WarnIfStale().Execute();

        Assert.Empty(harness.Engine.Warnings);
    }

    [Fact]
    public void RunRightAfterABuildInTheSameProcess_DoesNotAskGitAgain()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}\n").CommitAll();
        var harness = new FactsTaskHarness(repository);
        harness.WriteFacts().Execute();

        // Changed after the build: only a second look at git could notice, and it must not look.
        repository.WriteFile("app/Program.cs", "class P { int edited; }\n");
        harness.WarnIfStale().Execute();

        Assert.Empty(harness.Engine.Warnings);
    }
}
