using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Run directories written anywhere in the working tree stay out of later records.</summary>
public sealed class RunDirectoriesInTheTreeTests
{
    [Fact]
    public void RunsOutsideTheProjectsOutputRoot_AreNeverListedAsUntracked_ByLaterRecords()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var elsewhere = Directory.CreateDirectory(Path.Combine(project.Directory, "scripts")).FullName;
        project.Build();
        Assert.Equal(0, project.RunProgram(null, workingDirectory: elsewhere, runName: "first").ExitCode);

        project.Build();
        Assert.Equal(0, project.RunProgram(null, workingDirectory: elsewhere, runName: "second").ExitCode);

        var record = RunRecordFile.Read(Path.Combine(project.RunDirectory("second", elsewhere), InfoJsonFile.FileName));
        Assert.DoesNotContain(record.Git.Untracked, path => path.StartsWith("scripts/", StringComparison.Ordinal));
        Assert.Equal("", project.Git("status", "--porcelain", "--", "scripts"));
        Assert.True(File.Exists(Path.Combine(project.RunDirectory("first", elsewhere), ".gitignore")));
    }
}
