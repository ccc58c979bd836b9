using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>A solution of two experiments in one repository, built together as users do.</summary>
public sealed class SolutionTests
{
    [Fact]
    public void TwoProgramsBuiltTogether_ShareOneGitReadOfTheRepository_EachRecordLeavesItsOwnResultsOut()
    {
        var project = ConsumerProject.Console("<PropertyGroup><DefaultItemExcludes>$(DefaultItemExcludes);two/**</DefaultItemExcludes></PropertyGroup>")
            .WriteFile("results/kept/tracked.csv", "1\n")
            .WriteFile("two/results/kept/tracked.csv", "1\n")
            .WriteFile("two/Program.cs", "Console.WriteLine(\"two\");\n")
            .InGitRepository();
        project.WriteFile("two/two.csproj", project.ReadFile("exp.csproj"));
        project.WriteFile("results/kept/tracked.csv", "2\n").WriteFile("two/results/kept/tracked.csv", "2\n");
        project.WriteFile("Program.cs", project.ReadFile("Program.cs") + "// edited\n");
        var git = new LoggingGit(Path.GetDirectoryName(project.Directory)!);
        Assert.Equal(0, project.Dotnet(null, "new", "sln", "--format", "sln", "-n", "both").ExitCode);
        Assert.Equal(0, project.Dotnet(null, "sln", "both.sln", "add", "exp.csproj", "two/two.csproj").ExitCode);

        // One MSBuild node, as on a one-core machine or with -m:1: the sharing lives in a node.
        project.Build("both.sln", "-m:1", "-p:FootstepsGitExecutable=" + git.Executable);

        var calls = git.Calls;
        Assert.Single(calls, c => c.Contains(" diff "));
        Assert.Single(calls, c => c.StartsWith("rev-parse"));
        Assert.Equal(2, calls.Count(c => c.Contains("ls-files")));
        var exp = Record(project, project.AppHost, project.Directory);
        var two = Record(project, Path.Combine(project.Directory, "two", "bin", "Debug", "net10.0", "two"), Path.Combine(project.Directory, "two"));
        Assert.Contains("+// edited", exp.Git.Diff);
        Assert.DoesNotContain("a/results/kept/tracked.csv", exp.Git.Diff);
        Assert.Contains("two/results/kept/tracked.csv", exp.Git.Diff);
        Assert.Contains("+// edited", two.Git.Diff);
        Assert.DoesNotContain("two/results/kept/tracked.csv", two.Git.Diff);
        Assert.Contains("a/results/kept/tracked.csv", two.Git.Diff);
    }

    private static RunRecord Record(ConsumerProject project, string program, string workingDirectory)
    {
        var run = project.RunProgram(null, workingDirectory, runName: "together", program: program);
        Assert.True(run.ExitCode == 0, run.ToString());
        return RunRecordFile.Read(Path.Combine(project.RunDirectory("together", workingDirectory), InfoJsonFile.FileName));
    }
}
