using System.Text.Json;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

public sealed class WriteFootstepsFactsTests
{
    [Fact]
    public void UnchangedWorkingTree_LeavesFactsFileUntouched_SoNothingRecompiles()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        var harness = new FactsTaskHarness(repository);
        Assert.True(harness.WriteFacts().Execute());
        var firstWrite = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(harness.FactsFile, firstWrite);

        Assert.True(harness.WriteFacts().Execute());

        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(harness.FactsFile));
    }

    [Fact]
    public void ChangedWorkingTree_RewritesFacts_WithTheNewDiff()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}\n").CommitAll();
        var harness = new FactsTaskHarness(repository);
        harness.WriteFacts().Execute();

        repository.WriteFile("app/Program.cs", "class P { int changed; }\n");
        harness.NextBuild().WriteFacts().Execute();

        Assert.Contains("int changed;", Json(harness).GetProperty("git").GetProperty("diff").GetString());
    }

    [Fact]
    public void UntrackedSourceFile_IsEmbedded_TrackedOneIsNot()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        repository.WriteFile("app/Helper.cs", "class Helper {}");
        var harness = new FactsTaskHarness(repository);

        harness.WriteFacts(FactsTaskHarness.Source(repository.FullPath("app/Program.cs")), FactsTaskHarness.Source(repository.FullPath("app/Helper.cs"))).Execute();

        var sources = Json(harness).GetProperty("sources").EnumerateArray().ToList();
        var source = Assert.Single(sources);
        Assert.Equal("app/Helper.cs", source.GetProperty("path").GetString());
        Assert.Equal("class Helper {}", source.GetProperty("content").GetString());
    }

    [Fact]
    public void Facts_NameNoPathOfTheBuildMachine()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        repository.WriteFile("app/Helper.cs", "class Helper {}");
        var harness = new FactsTaskHarness(repository);

        harness.WriteFacts(FactsTaskHarness.Source(repository.FullPath("app/Helper.cs"))).Execute();

        Assert.DoesNotContain(repository.Root, harness.Facts);
        Assert.Equal("app/app.csproj", Json(harness).GetProperty("build").GetProperty("projectPath").GetString());
    }

    [Fact]
    public void NotARepository_WarnsFOOT1002_ButSucceedsAndRecordsTheProblem()
    {
        using var directory = TempGitRepository.CreateDirectoryOnly();
        var harness = new FactsTaskHarness(directory);

        Assert.True(harness.WriteFacts().Execute());

        Assert.Equal("FOOT1002", Assert.Single(harness.Engine.Warnings).Code);
        Assert.Empty(harness.Engine.Errors);
        Assert.Equal("FOOT1002", Json(harness).GetProperty("git").GetProperty("problem").GetProperty("code").GetString());
    }

    [Fact]
    public void GitMissing_WarnsFOOT1001_AndFallsBackToSourceRevisionId()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        var harness = new FactsTaskHarness(repository);
        var task = harness.WriteFacts();
        task.GitExecutable = "/nonexistent/git";
        task.SourceRevisionId = "0123456789abcdef";

        Assert.True(task.Execute());

        Assert.Equal("FOOT1001", Assert.Single(harness.Engine.Warnings).Code);
        Assert.Equal("0123456789abcdef", Json(harness).GetProperty("git").GetProperty("commit").GetString());
    }

    [Fact]
    public void Packages_AreListedOncePerVersion_Sorted()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        var harness = new FactsTaskHarness(repository);
        var task = harness.WriteFacts();
        task.PackageAssets = new[]
        {
            FactsTaskHarness.Package("z.dll", "Zeta", "2.0.0"),
            FactsTaskHarness.Package("a.dll", "Alpha", "1.0.0"),
            FactsTaskHarness.Package("a2.dll", "Alpha", "1.0.0"),
        };

        task.Execute();

        var packages = Json(harness).GetProperty("packages").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("version").GetString()}");
        Assert.Equal(new[] { "Alpha 1.0.0", "Zeta 2.0.0" }, packages);
    }

    [Fact]
    public void CredentialsInRemote_NeverReachTheFacts()
    {
        using var repository = TempGitRepository.Init().WriteFile("app/Program.cs", "class P {}").CommitAll();
        repository.Git("remote", "add", "origin", "https://user:s3cr3t-t0ken@github.com/o/r.git");
        var harness = new FactsTaskHarness(repository);

        harness.WriteFacts().Execute();

        Assert.DoesNotContain("s3cr3t-t0ken", harness.Facts);
        Assert.Equal("https://github.com/o/r.git", Json(harness).GetProperty("git").GetProperty("remote").GetString());
    }

    private static JsonElement Json(FactsTaskHarness harness) => JsonDocument.Parse(harness.Facts).RootElement;

    [Fact]
    public void ExcludedPaths_AbsoluteOnesInsideTheProjectBecomeRelative_OthersAreLeftOut()
    {
        var project = Path.Combine(Path.GetTempPath(), "exp");
        var items = new[]
        {
            new Microsoft.Build.Utilities.TaskItem("bin/"),
            new Microsoft.Build.Utilities.TaskItem(Path.Combine(project, "artifacts", "out") + Path.DirectorySeparatorChar),
            new Microsoft.Build.Utilities.TaskItem(Path.Combine(Path.GetTempPath(), "elsewhere", "out")),
            new Microsoft.Build.Utilities.TaskItem("results"),
        };

        var query = new FootstepsBuild.Tasks.WriteFootstepsFacts { ProjectDirectory = project, ExcludedPaths = items }.Query();

        Assert.Equal(new[] { "bin/", "artifacts/out", "results" }, query.ExcludedPaths);
    }
}
