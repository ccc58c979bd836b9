using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tests.Tasks;

public sealed class DiffSectionsTests
{
    private const string Diff =
        "diff --git a/app/Program.cs b/app/Program.cs\nindex 1..2 100644\n--- a/app/Program.cs\n+++ b/app/Program.cs\n@@ -1 +1 @@\n-a\n+b\n" +
        "diff --git a/app/results/run/x.csv b/app/results/run/x.csv\n--- a/app/results/run/x.csv\n+++ b/app/results/run/x.csv\n@@ -1 +1 @@\n-1\n+2\n" +
        "diff --git \"a/app/results/we\\\"ird\\tname\" \"b/app/results/we\\\"ird\\tname\"\n@@ -1 +1 @@\n-1\n+2\n" +
        "diff --git a/app/results b/app/results\n@@ -1 +1 @@\n-not a folder\n+still a file\n" +
        "diff --git a/other/results/y.csv b/other/results/y.csv\n@@ -1 +1 @@\n-3\n+4\n";

    [Fact]
    public void FilesUnderAnExcludedPrefix_LeaveTheDiff_OthersStayWhole()
    {
        var kept = DiffSections.Without(Diff, new[] { "app/results/" });

        Assert.Equal(
            "diff --git a/app/Program.cs b/app/Program.cs\nindex 1..2 100644\n--- a/app/Program.cs\n+++ b/app/Program.cs\n@@ -1 +1 @@\n-a\n+b\n" +
            "diff --git a/app/results b/app/results\n@@ -1 +1 @@\n-not a folder\n+still a file\n" +
            "diff --git a/other/results/y.csv b/other/results/y.csv\n@@ -1 +1 @@\n-3\n+4\n",
            kept);
    }

    [Theory]
    [InlineData("diff --git a/a b/a b/a b/a\n", "a b/a")]
    [InlineData("diff --git \"a/q\\\"\\\\\\001\" \"b/q\\\"\\\\\\001\"\n", "q\"\\\u0001")]
    [InlineData("diff --git a/ü 实验.cs b/ü 实验.cs\n", "ü 实验.cs")]
    [InlineData("diff --git a/x b/y\n", null)]
    [InlineData("Binary files differ\n", null)]
    public void PathOf_ReadsPlainAndQuotedHeaders(string section, string? expected)
    {
        Assert.Equal(expected, DiffSections.PathOf(section, 0, section.Length));
    }

    [Fact]
    public void Capped_CutsAtTheEndOfALine_WithinTheCap()
    {
        var diff = "diff --git a/x b/x\n+ü line\n+second\n";

        Assert.Equal((diff, false), DiffSections.Capped(diff, 1000));
        var (cut, wasCut) = DiffSections.Capped(diff, 25);
        Assert.True(wasCut);
        Assert.Equal("diff --git a/x b/x\n", cut);
    }

    [Fact]
    public void SectionsWithUnreadableHeaders_AreKept()
    {
        var odd = "diff --git a/x b/y\n+renamed?\n";

        Assert.Equal(odd, DiffSections.Without(odd, new[] { "x", "y", "" }));
    }
}
