using FootstepsBuild.Tasks.Facts;

namespace FootstepsBuild.Tests.Tasks;

public sealed class UntrackedBuildInputsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void ReferencedProjectsSources_AndFilesReadFromAbove_AreBuildInputs_BuildOutputAndOtherFilesAreNot()
    {
        var untracked = new[]
        {
            "libs/core/Extra.cs", "libs/core/Strings.resx", "libs/core/bin/Debug/Gen.cs", "libs/core/notes.txt",
            "libs/other/Unreferenced.cs", "Directory.Build.props", "apps/exp/global.json", "tools/scratch.txt",
        };

        var picked = UntrackedBuildInputs.Pick(Root, untracked, new[] { Path.Combine(Root, "libs", "core", "core.csproj") })
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'));

        Assert.Equal(new[] { "libs/core/Extra.cs", "libs/core/Strings.resx", "Directory.Build.props", "apps/exp/global.json" }, picked);
    }
}
