using System.Text.RegularExpressions;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>
/// The design document's table of rooms names every folder of the source tree, and every
/// section of the docs that a comment cites exists.
/// </summary>
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

    // A comment cites a section as docs/<file>, "<its title>": a heading, a bold lead or a
    // paragraph's first words in that file.
    private static readonly Regex Citation = new(@"docs/(?<document>[a-z]+\.md), ""(?<section>[^""]+)""");

    private static readonly string[] CitingFileEndings = { ".cs", ".fs", ".fsx", ".vb", ".props", ".targets" };

    [Fact]
    public void EverySectionOfTheDocsThatTheCodeCites_Exists()
    {
        var root = PackedFootsteps.RepositoryRoot;
        var missing = new List<string>();
        var cited = 0;
        var documents = new Dictionary<string, string[]>();
        foreach (var file in CitingFiles(root))
        {
            foreach (Match citation in Citation.Matches(File.ReadAllText(file)))
            {
                cited++;
                var name = citation.Groups["document"].Value;
                if (!documents.TryGetValue(name, out var lines))
                {
                    var document = Path.Combine(root, "docs", name);
                    documents[name] = lines = File.Exists(document) ? File.ReadAllLines(document) : Array.Empty<string>();
                }
                var section = citation.Groups["section"].Value;
                if (!lines.Any(line => line.TrimStart('#', '*', ' ').StartsWith(section, StringComparison.Ordinal)))
                    missing.Add($"{Path.GetRelativePath(root, file)}: {citation.Value}");
            }
        }

        Assert.True(cited > 0, "no citations found: the pattern no longer matches how comments cite the docs");
        Assert.Empty(missing);
    }

    private static IEnumerable<string> CitingFiles(string root) =>
        new[] { "src", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(file => CitingFileEndings.Any(ending => file.EndsWith(ending, StringComparison.Ordinal)))
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
