using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// The user story's project, built once: committed, then edited (an uncommitted change) and
/// given an untracked source file, as experiments usually are.
/// </summary>
public sealed class BuiltExperiment
{
    public const string HelperSource = "static class Helper { public static string Describe() => \"helper from an untracked file\"; }\n";

    public const string EditedProgram = """
        File.WriteAllText(Footsteps.OutputDir + "weights.csv", "6, 9, 42");
        Console.WriteLine("args: " + string.Join(" ", args));
        Console.WriteLine(Helper.Describe());
        """;

    public BuiltExperiment()
    {
        Project = ConsumerProject.Console()
            .WithProgram("Console.WriteLine(\"first version\");\n")
            .InGitRepository()
            .WriteFile("Program.cs", EditedProgram)
            .WriteFile("Helper.cs", HelperSource);
        Project.Build();
    }

    public ConsumerProject Project { get; }
}
