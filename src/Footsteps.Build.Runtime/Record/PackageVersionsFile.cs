using System.IO;
using System.Text;

namespace FootstepsBuild.Runtime.Record;

/// <summary>package_versions.txt: one "name version" line per resolved package (info.json lists them too).</summary>
internal static class PackageVersionsFile
{
    public const string FileName = "package_versions.txt";
    public static void Write(string runDirectory, BuildFacts build)
    {
        var packages = new StringBuilder();
        foreach (var (name, version) in build.Packages)
            packages.Append(name).Append(' ').Append(version).Append('\n');
        RunFile.Write(Path.Combine(runDirectory, FileName), packages.ToString());
    }
}
