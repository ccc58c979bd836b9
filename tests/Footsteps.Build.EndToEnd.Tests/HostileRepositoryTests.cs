using FootstepsBuild.Records;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Builds in hostile repositories never fail, never leak, and say what they could not record. From the packed nupkg.</summary>
public sealed class HostileRepositoryTests
{
    [Fact]
    public void GitNotInstalled_BuildPassesWithFOOT1001_AndTheCommitStillComesFromSourceLink()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var pathWithoutGit = Directory.CreateTempSubdirectory("footsteps-no-git-").FullName;

        var build = project.DotnetWith(new Dictionary<string, string?> { ["PATH"] = pathWithoutGit }, null, "build", "-nodeReuse:false");
        var run = project.RunProgram("no-git\n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning FOOT1001", build.StandardOutput);
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("no-git"), "info.json"));
        Assert.Equal(project.Git("rev-parse", "HEAD"), record.Git.Commit);
        Assert.StartsWith("FOOT1001", record.Git.Problem);
        Assert.Contains("Not recorded:\nFOOT1001: ", File.ReadAllText(Path.Combine(project.RunDirectory("no-git"), "info.txt")));
    }

    // Process.Start("git") would look in the current directory first, which MSBuild sets to the
    // project's: a cloned repository could run its own "git" (git.exe on Windows) at its first build.
    [Fact]
    public void GitCommittedToTheRepository_IsNeverRun_TheGitOnPathIsAsked()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var ran = Path.Combine(project.Directory, "..", "planted-git-ran");
        ScriptedGit.Write(Path.Combine(project.Directory, "git"), $"touch '{ran}'\nexec git \"$@\"\n");
        project.Git("add", "git");
        project.Git("commit", "-q", "-m", "a git of its own");

        var build = project.Build();
        var run = project.RunProgram("planted\n");

        Assert.False(File.Exists(ran), "the repository's own git ran: " + build);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(project.Git("rev-parse", "HEAD"), RunRecordFile.Read(Path.Combine(project.RunDirectory("planted"), "info.json")).Git.Commit);
    }

    [Fact]
    public void RepositoryOfAnotherUser_BuildPassesWithFOOT1004_AndTheRecordSaysWhy()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.Build();
        var chown = ProcessRunner.Run("chown", new[] { "-R", "nobody", Path.Combine(project.Directory, ".git") }, project.Directory);
        Assert.True(chown.ExitCode == 0, "needs root, as CI has: " + chown);
        project.WriteFile("Program.cs", "Console.WriteLine(\"rebuilt\");\n");

        var build = project.Build();
        var run = project.RunProgram("dubious\n");

        Assert.Contains("warning FOOT1004", build.StandardOutput);
        Assert.Contains("dubious ownership", build.StandardOutput);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("dubious ownership", RunRecordFile.Read(Path.Combine(project.RunDirectory("dubious"), "info.json")).Git.Problem);
    }

    [Fact]
    public void CredentialsInTheRemote_AppearNowhere_NotInTheRunNorInTheBuiltAssembly()
    {
        const string Token = "ghp_t0k3nN3verW4nted";
        var project = ConsumerProject.Console().InGitRepository();
        project.Git("remote", "add", "origin", $"https://someone:{Token}@github.com/owner/repo.git");
        project.Build();

        var run = project.RunProgram("secret\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in Directory.GetFiles(project.RunDirectory("secret"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(Token, File.ReadAllText(file));
        var dll = File.ReadAllBytes(project.AppDll);
        Assert.Equal(-1, dll.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Token)));
        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("secret"), "info.json"));
        Assert.Equal("https://github.com/owner/repo.git", record.Git.Remote);
        Assert.Equal($"https://github.com/owner/repo/tree/{record.Git.Commit}", record.Git.WebLink);
    }

    [Fact]
    public void ThousandsOfUntrackedFilesAndAHugeDataFile_AreListedButNeverCopied()
    {
        var project = ConsumerProject.Console().InGitRepository();
        for (var i = 0; i < 2000; i++)
            project.WriteFile($"data/sample{i:0000}.txt", "x");
        using (var huge = new FileStream(Path.Combine(project.Directory, "data", "huge.bin"), FileMode.Create))
            huge.SetLength(1L << 30); // 1 GiB, sparse: the disk stays free, git still sees its size

        var build = project.Build();
        var run = project.RunProgram("many-files\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        var directory = project.RunDirectory("many-files");
        Assert.False(Directory.Exists(Path.Combine(directory, "data")));
        var record = RunRecordFile.Read(Path.Combine(directory, "info.json"));
        Assert.Equal(2001, record.Git.UntrackedCount);
        Assert.Equal(1000, record.Git.Untracked.Count);
        Assert.True(new FileInfo(project.AppDll).Length < 1_000_000, "the untracked data must not be embedded");
    }
}
