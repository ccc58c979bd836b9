using System;
using System.IO;
using System.Text;

namespace FootstepsRuntime.Record;

/// <summary>
/// The files a run directory holds from the start: info.txt and the untracked sources before the
/// program's code runs; package_versions.txt (info.json lists the packages too) just after.
/// </summary>
internal static class RunRecordFiles
{
    public const string PackageVersionsName = "package_versions.txt";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(RunDirectory run, LaunchFacts launch, BuildFacts build, WorkingTreeRecord? workingTree)
    {
        using (var info = new StreamWriter(run.InfoTxt, Utf8, bufferSize: 64 * 1024, leaveOpen: true))
            InfoTxtWriter.Write(info, launch, build,
                workingTree == null ? null : $"This binary was built from other code than the working tree now holds ({workingTree.Reason}). The record describes the code the binary was built from; rebuild to record the current code.");
        run.InfoTxt.Flush(flushToDisk: false);

        foreach (var (path, content) in build.Sources)
            CopySource(run.FullPath, path, content);
    }

    public static void WritePackageVersions(string runDirectory, BuildFacts build)
    {
        var packages = new StringBuilder();
        foreach (var (name, version) in build.Packages)
            packages.Append(name).Append(' ').Append(version).Append('\n');
        File.WriteAllText(Path.Combine(runDirectory, PackageVersionsName), packages.ToString(), Utf8);
    }

    private static void CopySource(string runDirectory, string repositoryPath, string content)
    {
        var target = Path.GetFullPath(Path.Combine(runDirectory, repositoryPath));
        // The path came from git, but a record must never write outside its own directory.
        if (!target.StartsWith(runDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content, Utf8);
    }
}
