using System.IO;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// A `.gitignore` of `*` in each run directory: git, and so every later record, never lists a
/// run's files as untracked or diffs them, wherever in the working tree the output root lies
/// (`dotnet run --project apps/exp` from the repository root writes results/ there). A run
/// someone wants in git is added with `git add -f`; once tracked, git follows it as usual.
/// </summary>
internal static class GitIgnoreMarker
{
    public const string FileName = ".gitignore";

    private const string Content =
        "# Written by Footsteps: this run directory stays out of git and of later records.\n" +
        "# To commit the run anyway: git add -f <this directory>\n" +
        "*\n";

    public static void Write(string runDirectory) => RunFile.Write(Path.Combine(runDirectory, FileName), Content);
}
