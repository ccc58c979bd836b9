using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tool;

/// <summary>
/// Restore and verify in the states working trees reach within a week: each run is restored,
/// rebuilt and compared, and verify says `identical`.
/// </summary>
public sealed class RealStatesTests
{
    [Fact]
    public void UntrackedSourceOfAReferencedLibrary_IsRestored_TheRerunCommandWorks_AndVerifyIsIdentical()
    {
        var project = ConsumerProject.ConsoleWithLibrary().WithProgram("Console.WriteLine(Lib.Extra.Value);\n").InGitRepository();
        project.WriteFile("lib/Extra.cs", "namespace Lib;\npublic static class Extra { public const string Value = \"from the untracked library source\"; }\n");
        Record(project);

        var (_, rerun) = RestoreAndRerun(project);

        Assert.Contains("from the untracked library source", rerun.StandardOutput);
        AssertVerifiesIdentical(project);
    }

    [Fact]
    public void AStrayUntrackedFileThatIsNotCode_StillVerifiesIdentical()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.WriteFile("tools/scratch.txt", "notes, not code\n");
        Record(project);

        RestoreAndRerun(project);
        var verify = AssertVerifiesIdentical(project);

        Assert.Contains("recreated empty, so the rebuild lists the same untracked files: tools/scratch.txt", verify.StandardOutput);
    }

    [Fact]
    public void AStagedNewFile_IsRestoredStaged_AndVerifiesIdentical()
    {
        var project = ConsumerProject.Console().WithProgram("Console.WriteLine(Added.Text);\n").InGitRepository();
        project.WriteFile("Added.cs", "static class Added { public const string Text = \"staged, not committed\"; }\n");
        project.Git("add", "Added.cs");
        Record(project);

        var (target, rerun) = RestoreAndRerun(project);

        Assert.Contains("staged, not committed", rerun.StandardOutput);
        Assert.StartsWith("A  Added.cs\n", ProcessRunner.Run("git", new[] { "status", "--porcelain" }, target).StandardOutput);
        AssertVerifiesIdentical(project);
    }

    [Fact]
    public void RunDirectoriesInsideTheTree_VerifyIdentical()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var scripts = Directory.CreateDirectory(Path.Combine(project.Directory, "scripts")).FullName;
        project.Build();
        Assert.Equal(0, project.RunProgram(null, workingDirectory: scripts, runName: "earlier").ExitCode);
        // A run directory written before runs marked themselves for git.
        project.WriteFile("old/results/legacy/info.txt", "Command:\n/old/exp\n");
        Record(project);

        RestoreAndRerun(project);
        AssertVerifiesIdentical(project);
    }

    [Fact]
    public void AnUntrackedDirectoryBuildPropsThatChangesWhatCompiles_IsRestored_AndVerifiesIdentical()
    {
        var project = ConsumerProject.Console()
            .WithProgram("#if FROM_PROPS\nConsole.WriteLine(\"compiled with the untracked props\");\n#endif\n")
            .InGitRepository();
        project.WriteFile("Directory.Build.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FROM_PROPS</DefineConstants></PropertyGroup></Project>\n");
        Record(project);

        var (target, rerun) = RestoreAndRerun(project);

        Assert.Equal(project.ReadFile("Directory.Build.props"), File.ReadAllText(Path.Combine(target, "Directory.Build.props")));
        Assert.Contains("compiled with the untracked props", rerun.StandardOutput);
        AssertVerifiesIdentical(project);
    }

    // Three years later, on another machine: another NuGet cache, another home.
    [Fact]
    public void VerifyWithAnotherNuGetCacheAndAnotherHome_IsIdentical()
    {
        var project = ConsumerProject.Console().InGitRepository();
        Record(project);
        var elsewhere = NewDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(elsewhere, "packages"),
            ["HOME"] = Path.Combine(elsewhere, "home"),
            ["DOTNET_CLI_HOME"] = Path.Combine(elsewhere, "home"),
        };
        Directory.CreateDirectory(Path.Combine(elsewhere, "home"));

        var verify = project.DotnetWith(environment, null, FootstepsTool.Dll, "verify", "state");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("identical: ", verify.StandardOutput);
    }

    [Theory]
    [InlineData("cs")]
    [InlineData("fsx")]
    public void AScriptRun_IsRestoredWithTheCommandThatRunsItAgain_AndVerifySaysPlainlyItCannot(string language)
    {
        var folder = ConsumerProject.ScriptFolder();
        var named = new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "state" };
        ProcessResult run;
        if (language == "cs")
        {
            folder.WriteFile("scripts/exp.cs",
                $"#:package Footsteps.Build@{PackedFootsteps.Version}\n#:property PublishAot=false\nConsole.WriteLine(\"from the script\");\n");
            run = folder.DotnetWith(named, null, "run", "scripts/exp.cs");
        }
        else
        {
            folder.WriteFile("scripts/exp.fsx", ConsumerProject.FsiScript("printfn \"from the script %s\" fsi.CommandLineArgs[1]\n"));
            run = folder.Fsi(null, named, "scripts/exp.fsx", "--lr");
        }
        Assert.True(run.ExitCode == 0, run.ToString());
        var target = NewDirectory();

        var restore = Footsteps(folder, "restore", "state", target);
        var rerun = ProcessRunner.Run("/bin/sh", new[] { "-c", RerunCommand(restore) }, target, null,
            language == "cs" ? folder.SdkEnvironment() : folder.FsiEnvironment());
        var verify = Footsteps(folder, "verify", "state");

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains(language == "cs" ? "from the script" : "from the script --lr", rerun.StandardOutput);
        Assert.Equal(4, verify.ExitCode);
        Assert.Contains("is a script (dotnet run app.cs, dotnet fsi exp.fsx)", verify.AllOutput);
    }

    private static void Record(ConsumerProject project)
    {
        project.Build();
        var run = project.RunProgram(null, runName: "state");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>Restores the run into a new directory and runs the command restore printed (which builds there first).</summary>
    private static (string Target, ProcessResult Rerun) RestoreAndRerun(ConsumerProject project)
    {
        var target = NewDirectory();
        var restore = Footsteps(project, "restore", "state", target);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var rerun = ProcessRunner.Run("/bin/sh", new[] { "-c", RerunCommand(restore) }, target, null, project.SdkEnvironment());
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        return (target, rerun);
    }

    private static ProcessResult AssertVerifiesIdentical(ConsumerProject project)
    {
        var verify = Footsteps(project, "verify", "state");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("identical: ", verify.StandardOutput);
        return verify;
    }

    private static ProcessResult Footsteps(ConsumerProject project, params string[] arguments) =>
        project.Dotnet(null, new[] { FootstepsTool.Dll }.Concat(arguments).ToArray());

    // restore prints "Re-run it with:" and the command on the next line.
    private static string RerunCommand(ProcessResult restore)
    {
        var lines = restore.StandardOutput.Split('\n');
        return lines[Array.FindIndex(lines, line => line.StartsWith("Re-run it with:", StringComparison.Ordinal)) + 1].Trim();
    }

    private static string NewDirectory() => Path.Combine(Path.GetTempPath(), "footsteps-states-" + Guid.NewGuid().ToString("N")[..8]);
}
