using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>Paths as MSBuild on Windows hands them over (backslashes, another case) meeting paths as git writes them.</summary>
public sealed class WindowsRepositoryPathsTests
{
    [Theory]
    [InlineData("C:/Users/me/exp", @"C:\Users\me\exp")]
    [InlineData("C:/Users/me/exp", @"c:\users\ME\exp\")]
    [InlineData(@"\\server\share\exp", "//server/share/exp/")]
    public void OnWindows_OneDirectorySpelledWithOtherSlashesOrCase_IsTheSameDirectory(string git, string msbuild)
    {
        Assert.True(RepositoryTop.SameDirectory(git, msbuild, forWindows: true));
    }

    [Theory]
    [InlineData("C:/Users/me/exp", @"C:\Users\me\exp2")]
    [InlineData("C:/Users/me/exp", @"D:\Users\me\exp")]
    public void OnWindows_OtherDirectories_AreNotTheSame(string git, string msbuild)
    {
        Assert.False(RepositoryTop.SameDirectory(git, msbuild, forWindows: true));
    }

    [Fact]
    public void OnLinux_CaseAndBackslashesTellDirectoriesApart()
    {
        Assert.False(RepositoryTop.SameDirectory("/home/me/Exp", "/home/me/exp", forWindows: false));
        Assert.False(RepositoryTop.SameDirectory("/home/me/a/b", @"/home/me/a\b", forWindows: false));
        Assert.True(RepositoryTop.SameDirectory("/home/me/exp/", "/home/me/exp", forWindows: false));
    }

    // MSBuild on Windows gives bin\, obj\ and FootstepsOutputRoot with backslashes; git's pathspecs take '/'.
    [Fact]
    public void ExcludedPathsWithBackslashes_ReachGitWithSlashes()
    {
        var query = new GitQuery("/repo/app") { ExcludedPaths = { @"results\", @"out\runs\", @"..\elsewhere" } };

        var pathspecs = RepositoryGitState.ProjectPathspecs(query);

        Assert.Contains(":(exclude,literal)results", pathspecs);
        Assert.Contains(":(exclude,literal)out/runs", pathspecs);
        Assert.DoesNotContain(pathspecs, pathspec => pathspec.Contains('\\') || pathspec.Contains("elsewhere"));
    }
}
