using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;
using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>
/// The <see cref="LifecycleProgram"/> in a git repository, referencing the packed package,
/// with an uncommitted change and an untracked source in a folder, as experiments are;
/// published once per test run as a user publishes for Windows
/// (`dotnet publish -r win-x64 --self-contained`), while the Wine prefix boots beside it.
/// Each run gets a working directory of its own, so each test's results/ is its own.
/// </summary>
public sealed class WindowsExperiment
{
    private static readonly Lazy<WindowsExperiment> Shared = new(() => new WindowsExperiment(), LazyThreadSafetyMode.ExecutionAndPublication);

    private WindowsExperiment()
    {
        var booting = Task.Run(() => WinePrefix.Instance);
        Project = ConsumerProject.Console().WithProgram(LifecycleProgram.Code).InGitRepository()
            .WriteFile("Program.cs", LifecycleProgram.Code + UncommittedLine)
            .WriteFile(UntrackedSource, UntrackedCode);
        var publish = Project.Dotnet(null, "publish", "-r", "win-x64", "--self-contained", "-nodeReuse:false");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        booting.Wait();
    }

    public const string UncommittedLine = "\n// changed after the last commit\n";
    public const string UntrackedSource = "Extra/Untracked.cs";
    public const string UntrackedCode = "static class Untracked { }\n";

    public static WindowsExperiment Instance => Shared.Value;

    public ConsumerProject Project { get; }

    /// <summary>Where `dotnet publish` puts it: inside the repository, as the stale-binary check needs.</summary>
    public static string PublishFolder(string projectDirectory) =>
        Path.Combine(projectDirectory, "bin", "Release", "net10.0", "win-x64", "publish");

    public string Executable => Path.Combine(PublishFolder(Project.Directory), ConsumerProject.Name + ".exe");

    /// <summary>A fresh, empty directory to run in, outside the repository.</summary>
    public string NewWorkingDirectory()
    {
        var directory = Path.Combine(Path.GetDirectoryName(Project.Directory)!, "runs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>The published program, copied into another working tree of the repository (a clone, a worktree) at the same place.</summary>
    public string CopyInto(string workingTree)
    {
        var source = PublishFolder(Project.Directory);
        var target = PublishFolder(workingTree);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(target, ConsumerProject.Name + ".exe");
    }

    /// <summary>The record of the run <paramref name="runName"/> made in <paramref name="workingDirectory"/>.</summary>
    internal static RunRecord Record(string workingDirectory, string runName) =>
        RunRecordFile.Read(Path.Combine(workingDirectory, "results", runName, InfoJsonFile.FileName));

    public static string InfoTxt(string workingDirectory, string runName) =>
        File.ReadAllText(Path.Combine(workingDirectory, "results", runName, "info.txt"));
}
