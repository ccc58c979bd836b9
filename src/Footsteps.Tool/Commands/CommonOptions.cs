using System.CommandLine;

namespace FootstepsBuild.Tool.Commands;

/// <summary>Options several commands share, declared once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Write JSON for other tools instead of text." };

    public static Option<string?> Root() => new("--root")
    {
        Description = "Where run names are looked up (default: ./results). A path to a run directory works anywhere.",
    };

    public static Argument<string> Run(string name = "run") => new(name)
    {
        Description = "A run directory (results/baseline) or a run name under the output root (baseline, sweep/lr0.1).",
    };

    public static Option<string?> Repository() => new("--repo")
    {
        Description = "The git repository holding the run's commit (default: the repository around the run directory, " +
            "else around the current directory).",
    };
}
