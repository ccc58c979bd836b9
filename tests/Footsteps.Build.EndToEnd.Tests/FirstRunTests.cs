using FootstepsBuild.Records;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>The user story of issue 2, from the packed nupkg, in a fresh repository without a .gitignore.</summary>
public sealed class FirstRunTests : IClassFixture<BuiltExperiment>
{
    private readonly ConsumerProject _project;

    public FirstRunTests(BuiltExperiment experiment)
    {
        _project = experiment.Project;
    }

    [Fact]
    public void DotnetRunWithPipedName_RecordsEverythingInResultsName()
    {
        var run = _project.Dotnet("baseline\n", "run", "--", "--lr", "0.1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Input name of experiment:", run.AllOutput);
        Assert.Contains("Saving results to results/baseline/", run.AllOutput);
        Assert.Contains("args: --lr 0.1", run.StandardOutput);

        var directory = _project.RunDirectory("baseline");
        Assert.Equal("6, 9, 42", File.ReadAllText(Path.Combine(directory, "weights.csv")));
        Assert.Equal(BuiltExperiment.HelperSource, File.ReadAllText(Path.Combine(directory, "Helper.cs")));
        Assert.Contains($"Footsteps.Build {PackedFootsteps.Version}\n", File.ReadAllText(Path.Combine(directory, "package_versions.txt")));

        var info = File.ReadAllText(Path.Combine(directory, "info.txt"));
        Assert.Matches(@"^Command:\n\S*/exp --lr 0\.1\nSystem:\n", info);
        Assert.Contains($"Git Hash:\n{_project.Git("describe", "--always")}\nUncommitted changes:\n", info);
        Assert.Contains("+File.WriteAllText(Footsteps.OutputDir + \"weights.csv\"", info);
        Assert.Contains($"Current working dir:\n{_project.Directory}\n", info);
        Assert.Contains("Untracked files:\nHelper.cs\n", info);
        Assert.DoesNotContain("bin/", Section(info, "Untracked files"));
        Assert.DoesNotContain("obj/", Section(info, "Untracked files"));
        Assert.Contains("Configuration: Debug\nTarget framework: net10.0\n", info);
    }

    [Fact]
    public void SecondRunWithSameName_GetsSuffixedDirectory_AndLeavesTheFirstAlone()
    {
        var first = _project.RunProgram("same\n");
        var firstInfo = File.ReadAllText(Path.Combine(_project.RunDirectory("same"), "info.txt"));
        var second = _project.RunProgram("same\n");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.Contains("Saving results to results/same-1/", second.AllOutput);
        Assert.True(File.Exists(Path.Combine(_project.RunDirectory("same-1"), "weights.csv")));
        Assert.Equal(firstInfo, File.ReadAllText(Path.Combine(_project.RunDirectory("same"), "info.txt")));
    }

    [Fact]
    public void FootstepsNameVariable_NamesTheRun_WithoutReadingStdin()
    {
        var run = _project.RunProgram("not-this-one\n", runName: "from-environment");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Input name of experiment:", run.AllOutput);
        Assert.True(Directory.Exists(_project.RunDirectory("from-environment")));
        Assert.False(Directory.Exists(_project.RunDirectory("not-this-one")));
    }

    [Fact]
    public void EndOfInputWithNoName_UsesATimestampName_AndSaysSo()
    {
        var before = Directory.Exists(_project.RunDirectory("")) ? Directory.GetDirectories(_project.RunDirectory("")) : Array.Empty<string>();

        var run = _project.RunProgram(standardInput: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("end of input; using the automatic name", run.AllOutput);
        var created = Directory.GetDirectories(_project.RunDirectory("")).Except(before).ToList();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(-\d+)?$", Path.GetFileName(Assert.Single(created)));
    }

    [Fact]
    public void HostileName_NeverLeavesTheOutputRoot()
    {
        var run = _project.RunProgram("../../escaped\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Saving results to results/escaped/", run.AllOutput);
        Assert.True(File.Exists(Path.Combine(_project.RunDirectory("escaped"), "info.txt")));
        Assert.False(Directory.Exists(Path.Combine(_project.Directory, "..", "escaped")));
        Assert.False(Directory.Exists(Path.Combine(_project.Directory, "..", "..", "escaped")));
    }

    [Fact]
    public void BuiltDllRunFromAnotherDirectory_CarriesItsBuildFacts()
    {
        var elsewhere = Directory.CreateTempSubdirectory("footsteps-elsewhere-").FullName;

        var run = ProcessRunner.Run("dotnet", new[] { _project.AppDll, "--from", "elsewhere" }, elsewhere, "away\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        var info = File.ReadAllText(Path.Combine(_project.RunDirectory("away", elsewhere), "info.txt"));
        Assert.Contains($"Git Hash:\n{_project.Git("describe", "--always")}\n", info);
        Assert.Contains($"exp.dll --from elsewhere\n", info);
        Assert.Contains($"Current working dir:\n{elsewhere}\n", info);
        var command = RunRecordFile.Read(Path.Combine(_project.RunDirectory("away", elsewhere), "info.json")).Command;
        Assert.Equal(new[] { _project.AppDll, "--from", "elsewhere" }, command.Argv.Skip(1));
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(command.Argv[0]));
        Assert.Equal(new[] { "--from", "elsewhere" }, command.Arguments!);
    }

    [Fact]
    public void BuildOutputCopiedOutsideGit_CarriesItsBuildFacts()
    {
        var copy = Directory.CreateTempSubdirectory("footsteps-copy-").FullName;
        var output = Path.GetDirectoryName(_project.AppDll)!;
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var run = ProcessRunner.Run("dotnet", new[] { Path.Combine(copy, "exp.dll") }, copy, "copied\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        var directory = _project.RunDirectory("copied", copy);
        Assert.Contains($"Git Hash:\n{_project.Git("describe", "--always")}\n", File.ReadAllText(Path.Combine(directory, "info.txt")));
        Assert.Equal(BuiltExperiment.HelperSource, File.ReadAllText(Path.Combine(directory, "Helper.cs")));
    }

    [Fact]
    public void ResultsRootThatIsAFile_StopsAtLaunch_NamingThePath()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("footsteps-blocked-").FullName;
        File.WriteAllText(Path.Combine(workingDirectory, "results"), "a file where the output root should be");

        var run = _project.RunProgram("blocked\n", workingDirectory);

        Assert.Equal(73, run.ExitCode);
        Assert.Contains(Path.Combine(workingDirectory, "results"), run.StandardError);
        Assert.DoesNotContain("args:", run.StandardOutput);
    }

    [Fact]
    public void FootstepsRunTarget_RunsTheProgramWithNameAndArguments()
    {
        var run = _project.Dotnet(null, "msbuild", "-t:FootstepsRun", "-nodeReuse:false", "-p:FootstepsName=via-target", "-p:FootstepsArguments=--epochs 3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("args: --epochs 3", run.StandardOutput);
        Assert.Contains("--epochs 3\n", File.ReadAllText(Path.Combine(_project.RunDirectory("via-target"), "info.txt")));
    }

    [Fact]
    public void NoOpRebuild_SkipsCoreCompile()
    {
        var rebuild = _project.Build("-v:d");

        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", rebuild.StandardOutput);
    }

    private static string Section(string info, string title)
    {
        var start = info.IndexOf(title + ":\n", StringComparison.Ordinal) + title.Length + 2;
        var end = info.IndexOf("\nBuild:\n", start, StringComparison.Ordinal);
        return info[start..end];
    }
}
