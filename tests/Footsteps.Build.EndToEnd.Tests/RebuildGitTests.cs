using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// What git a rebuild runs: an unchanged repository is asked only what can change without .git
/// changing (the diff, the untracked files), and a commit or tag made between two builds is in
/// the second binary's record all the same.
/// </summary>
public sealed class RebuildGitTests
{
    [Fact]
    public void ARebuildOfAnUnchangedRepository_RunsTwoGitCommands_AndACommitAndTagBetweenBuildsReachTheRecord()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var git = new LoggingGit(Path.GetDirectoryName(project.Directory)!);
        var gitArgument = "-p:FootstepsGitExecutable=" + git.Executable;
        project.Build(gitArgument);

        var before = git.Calls.Length;
        project.Build(gitArgument);
        var rebuild = git.Calls.Skip(before).ToArray();
        Assert.True(rebuild.Length == 2, string.Join("\n", rebuild));

        project.WriteFile("notes.md", "later work").Git("add", "notes.md");
        project.Git("commit", "-q", "-m", "later");
        project.Git("tag", "-a", "v2", "-m", "v2");
        project.Build(gitArgument);
        var run = project.RunProgram(null, runName: "after-commit");

        Assert.True(run.ExitCode == 0, run.ToString());
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("after-commit"), InfoJsonFile.FileName));
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.Equal("v2", record.Git.Describe);
        Assert.Null(record.WorkingTree);
    }
}
