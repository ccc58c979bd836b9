using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>The design document's table of rooms names every folder of the source tree.</summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public void DesignDocument_NamesEverySourceFolder()
    {
        var root = PackedFootsteps.RepositoryRoot;
        var design = File.ReadAllText(Path.Combine(root, "docs", "design.md"));
        var source = Path.Combine(root, "src");
        var missing = new List<string>();
        foreach (var room in Directory.GetDirectories(source))
        {
            var roomName = Path.GetFileName(room);
            if (!design.Contains($"`src/{roomName}/`", StringComparison.Ordinal))
                missing.Add($"src/{roomName}/");
            foreach (var folder in Directory.GetDirectories(room).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")))
            {
                if (!design.Contains($"{folder}/`", StringComparison.Ordinal))
                    missing.Add($"src/{roomName}/{folder}/");
            }
        }

        Assert.Empty(missing);
    }
}
