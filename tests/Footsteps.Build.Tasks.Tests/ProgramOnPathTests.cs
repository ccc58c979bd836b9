using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>Both OSes' rules, checked here with a stand-in file system: which file a bare name starts.</summary>
public sealed class ProgramOnPathTests
{
    private static Func<string, bool> Existing(params string[] files) => files.Contains;

    [Fact]
    public void OnWindows_GitMeansGitExe_InTheFirstPathDirectoryHoldingIt()
    {
        var found = ProgramOnPath.Find("git", @"C:\Windows\system32;C:\Program Files\Git\cmd;D:\other\git", forWindows: true,
            Existing(@"C:\Program Files\Git\cmd\git.exe", @"D:\other\git\git.exe"));

        Assert.Equal(@"C:\Program Files\Git\cmd\git.exe", found);
    }

    [Fact]
    public void OnWindows_QuotedPathEntries_AreSearchedWithoutTheirQuotes()
    {
        var found = ProgramOnPath.Find("git", "\"C:\\Program Files\\Git\\cmd\\\";C:\\Windows", forWindows: true,
            Existing(@"C:\Program Files\Git\cmd\git.exe"));

        Assert.Equal(@"C:\Program Files\Git\cmd\git.exe", found);
    }

    [Theory]
    [InlineData(true, ".;;git-here", "git.exe")]
    [InlineData(false, ".::git-here", "git")]
    public void RelativeAndEmptyPathEntries_AreSkipped_SoTheCurrentDirectoryIsNeverSearched(bool forWindows, string path, string plantedFile)
    {
        var planted = new[] { plantedFile, "./" + plantedFile, ".\\" + plantedFile, "/" + plantedFile, "\\" + plantedFile, "git-here/" + plantedFile, "git-here\\" + plantedFile };

        Assert.Null(ProgramOnPath.Find("git", path, forWindows, Existing(planted)));
    }

    [Fact]
    public void OnUnix_PathIsSplitAtColons_AndAnExtensionIsNeverAdded()
    {
        var found = ProgramOnPath.Find("git", "/opt/none:/usr/local/bin/:/usr/bin", forWindows: false,
            Existing("/usr/local/bin/git.exe", "/usr/local/bin/git", "/usr/bin/git"));

        Assert.Equal("/usr/local/bin/git", found);
    }

    [Theory]
    [InlineData(true, @"C:\tools\git.exe")]
    [InlineData(true, @"tools\mygit.cmd")]
    [InlineData(false, "/opt/git/bin/git")]
    [InlineData(false, "tools/git")]
    public void ANameHoldingADirectory_IsTakenAsItIs(bool forWindows, string name)
    {
        Assert.Equal(name, ProgramOnPath.Find(name, forWindows ? @"C:\Windows" : "/usr/bin", forWindows, Existing()));
    }

    [Fact]
    public void OnWindows_ANameWithAnExtension_IsSearchedAsItIs()
    {
        var found = ProgramOnPath.Find("nvidia-smi.exe", @"C:\Windows\system32", forWindows: true, Existing(@"C:\Windows\system32\nvidia-smi.exe"));

        Assert.Equal(@"C:\Windows\system32\nvidia-smi.exe", found);
    }

    [Fact]
    public void AProgramOnNoPathDirectory_IsNotFound()
    {
        Assert.Null(ProgramOnPath.Find("git", "/usr/bin:/bin", forWindows: false, Existing("/opt/git")));
    }
}
