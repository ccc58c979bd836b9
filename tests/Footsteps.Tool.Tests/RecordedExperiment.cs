using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tool;

/// <summary>
/// A consumer project with two runs of the packed package: `clean` from the committed code,
/// then `edited` after an uncommitted change to Program.cs and a new untracked Helper.cs.
/// </summary>
public sealed class RecordedExperiment
{
    public const string CommittedProgram = "Console.WriteLine(\"first version\");\n";
    public const string HelperSource = "static class Helper { public static string Describe() => \"helper from an untracked file\"; }\n";
    public const string EditedProgram = """
        File.WriteAllText(Footsteps.OutputDir + "weights.csv", "6, 9, 42");
        Console.WriteLine("second version: " + Helper.Describe());

        """;

    public RecordedExperiment()
    {
        Project = ConsumerProject.Console().WithProgram(CommittedProgram).InGitRepository();
        Project.Build();
        Assert.Equal(0, Project.RunProgram(null, runName: "clean", arguments: new[] { "--lr", "0.1" }).ExitCode);

        Project.WriteFile("Program.cs", EditedProgram).WriteFile("Helper.cs", HelperSource);
        Project.Build();
        Assert.Equal(0, Project.RunProgram(null, runName: "edited", arguments: new[] { "--lr", "0.2" }).ExitCode);
    }

    public ConsumerProject Project { get; }

    internal RunRecord Record(string name) => RunRecordFile.Read(Path.Combine(Project.RunDirectory(name), InfoJsonFile.FileName));

    /// <summary>A copy of a run under another name, its record changed by <paramref name="change"/> (written by the runtime's own writer).</summary>
    internal string CopyRun(string name, string copyName, Action<RunRecord> change)
    {
        var source = Project.RunDirectory(name);
        var copy = Project.RunDirectory(copyName);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var record = Record(name);
        record.Name = copyName;
        change(record);
        InfoJsonFile.Write(copy, record);
        return copy;
    }

    /// <summary>Runs the footsteps tool built from this checkout, in the project directory, with the test's NuGet cache.</summary>
    public ProcessResult Footsteps(params string[] arguments) =>
        Project.Dotnet(null, new[] { FootstepsTool.Dll }.Concat(arguments).ToArray());
}
