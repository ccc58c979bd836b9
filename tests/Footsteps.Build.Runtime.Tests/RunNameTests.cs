using FootstepsBuild.Runtime.Naming;

namespace FootstepsBuild.Tests.Runtime;

public sealed class RunNameTests
{
    [Theory]
    [InlineData("baseline")]
    [InlineData("sweep/lr0.1")]
    [InlineData("größe-实验")]
    [InlineData("a b c")]
    public void OrdinaryNames_AreKeptAsTyped(string typed)
    {
        var (name, problem) = RunName.Check(typed);

        Assert.Equal(typed, name);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("../../etc/evil", "etc/evil")]
    [InlineData("a/../b", "a/b")]
    [InlineData("/tmp/abs", "tmp/abs")]
    [InlineData("C:\\Windows\\x", "Windows/x")]
    [InlineData("tab\there", "tab_here")]
    [InlineData("new\nline", "new_line")]
    [InlineData("CON", "_CON")]
    [InlineData("sub/nul.txt", "sub/_nul.txt")]
    [InlineData("trailing. ", "trailing")]
    [InlineData("~", "_")]
    [InlineData("~/home", "_/home")]
    [InlineData("what?*", "what__")]
    public void UnsafeNames_AreMadeSafe_AndSaySo(string typed, string expected)
    {
        var (name, problem) = RunName.Check(typed);

        Assert.Equal(expected, name);
        Assert.NotNull(problem);
    }

    [Fact]
    public void Backslashes_NestLikeSlashes() => Assert.Equal(("sweep/lr0.1", (string?)null), RunName.Check("sweep\\lr0.1"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("./..")]
    public void NamesWithNothingUsable_GiveNoName(string typed) => Assert.Null(RunName.Check(typed).Name);

    [Fact]
    public void OverlongNames_AreCutToFit()
    {
        var (name, problem) = RunName.Check(new string('x', 300) + "/" + new string('é', 150));

        Assert.NotNull(problem);
        Assert.True(name!.Length <= RunName.MaxNameLength);
        Assert.All(name.Split('/'), s => Assert.True(System.Text.Encoding.UTF8.GetByteCount(s) <= RunName.MaxSegmentBytes));
    }

    [Theory]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("..\\..\\x")]
    [InlineData("/")]
    [InlineData("a/./../../b")]
    [InlineData("C:")]
    [InlineData("\0/\u0001")]
    public void NoName_EverLeadsOutsideTheOutputRoot(string typed)
    {
        var root = Path.GetFullPath("results") + Path.DirectorySeparatorChar;
        var name = RunName.Check(typed).Name ?? "automatic";

        Assert.StartsWith(root, Path.GetFullPath(Path.Combine(root, name)) + Path.DirectorySeparatorChar);
        Assert.NotEqual(root, Path.GetFullPath(Path.Combine(root, name)) + Path.DirectorySeparatorChar);
    }

    [Fact]
    public void AutomaticName_IsTheSortableLocalTime() =>
        Assert.Equal("2026-11-27_09-05-03", RunName.Automatic(new DateTime(2026, 11, 27, 9, 5, 3)));
}
