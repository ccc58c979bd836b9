using System.Text.Json;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>Several programs in one repository, built together: git reads what they share once.</summary>
public sealed class SharedRepositoryReadTests
{
    [Fact]
    public void TwoProjectsInOneBuild_ShareOneRepositoryRead_EachLeavesItsOwnResultsOut()
    {
        using var repository = TempGitRepository.Init()
            .WriteFile("one/Program.cs", "class One {}\n").WriteFile("one/results/tracked.csv", "1\n")
            .WriteFile("two/Program.cs", "class Two {}\n").WriteFile("two/results/tracked.csv", "1\n")
            .CommitAll();
        repository.WriteFile("one/Program.cs", "class One { int edited; }\n").WriteFile("one/results/tracked.csv", "2\n");
        repository.WriteFile("two/Program.cs", "class Two { int edited; }\n").WriteFile("two/results/tracked.csv", "2\n");
        repository.WriteFile("one/New.cs", "class New {}\n");
        var git = new LoggingGit(Path.Combine(repository.Root, ".git"));
        var one = new FactsTaskHarness(repository, "one");
        var two = new FactsTaskHarness(repository, "two");
        two.UseEngineOf(one);

        foreach (var project in new[] { one, two })
        {
            var start = project.StartGit();
            start.GitExecutable = git.Executable;
            Assert.True(start.Execute());
        }
        foreach (var project in new[] { one, two })
        {
            var write = project.WriteFacts();
            write.GitExecutable = git.Executable;
            Assert.True(write.Execute());
        }

        var calls = git.Calls;
        Assert.Single(calls, c => c.Contains(" diff ") || c.StartsWith("diff "));
        Assert.Single(calls, c => c.Contains("rev-parse"));
        Assert.Single(calls, c => c.Contains("describe"));
        Assert.Equal(2, calls.Count(c => c.Contains("ls-files")));
        var oneDiff = Diff(one);
        var twoDiff = Diff(two);
        Assert.Contains("int edited;", oneDiff);
        Assert.DoesNotContain("one/results/tracked.csv", oneDiff);
        Assert.Contains("two/results/tracked.csv", oneDiff);
        Assert.DoesNotContain("two/results/tracked.csv", twoDiff);
        Assert.Contains("one/Program.cs", twoDiff);
        Assert.Contains("one/New.cs", Untracked(one));
    }

    private static string Diff(FactsTaskHarness project) =>
        JsonDocument.Parse(project.Facts).RootElement.GetProperty("git").GetProperty("diff").GetString()!;

    private static string Untracked(FactsTaskHarness project) =>
        JsonDocument.Parse(project.Facts).RootElement.GetProperty("git").GetProperty("untracked").ToString();
}
