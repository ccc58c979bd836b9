using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>How a repository's top, as git and MSBuild each spell it, is compared, by both OSes' rules.</summary>
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
}
