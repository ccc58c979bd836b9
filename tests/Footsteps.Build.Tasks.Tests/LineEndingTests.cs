using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>
/// CRLF, as Windows repositories hold it: committed as it is, or with core.autocrlf (Git for
/// Windows' default), which keeps LF in git and CRLF in the working tree. Git on Linux honours
/// core.autocrlf the same way, so these run here.
/// </summary>
public sealed class LineEndingTests
{
    // "results" makes the project's diff go through the filter that takes its output root out.
    private static GitFacts Read(TempGitRepository repository) =>
        GitFactsReader.Read(new GitQuery(repository.Root) { ExcludedPaths = { "results" } });

    [Fact]
    public void CommittedCrlfFile_Changed_KeepsItsCarriageReturns_AndTheDiffAppliesBack()
    {
        using var repository = TempGitRepository.Init().WriteFile("Program.cs", "one\r\n").CommitAll();
        repository.WriteFile("Program.cs", "one\r\ntwo\r\n");

        var facts = Read(repository);
        var patch = repository.Root + ".patch";
        File.WriteAllText(patch, facts.Diff);
        repository.Git("checkout", "--", "Program.cs");
        repository.Git("apply", "--index", patch);
        File.Delete(patch);

        Assert.Contains("+two\r\n", facts.Diff);
        Assert.Equal("one\r\ntwo\r\n", File.ReadAllText(repository.FullPath("Program.cs")));
    }

    [Fact]
    public void WithAutocrlf_CrlfInTheWorkingTreeAloneIsNoChange_AndAChangeIsRecordedAsGitHoldsIt()
    {
        using var repository = TempGitRepository.Init();
        repository.Git("config", "core.autocrlf", "true");
        repository.WriteFile("Program.cs", "one\r\n").WriteFile("Other.cs", "a\r\n").CommitAll();
        repository.WriteFile("Program.cs", "one\r\ntwo\r\n");

        var facts = Read(repository);

        Assert.DoesNotContain("Other.cs", facts.Diff);
        Assert.Contains("+two\n", facts.Diff);
        Assert.DoesNotContain("\r", facts.Diff);
    }
}
