using System;
using System.Collections.Generic;
using System.IO;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.Facts;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// An F# script run by F# Interactive (`dotnet fsi exp.fsx args`): where the script is, what it
/// was given, and the command that reruns it. The process is fsi, so neither the entry assembly
/// nor Environment.GetCommandLineArgs() (`fsi.dll [options] exp.fsx args`) says this directly.
/// </summary>
internal sealed class FsiScript
{
    private const string FsiAssemblyName = "fsi";

    private FsiScript(string fullPath, string text, IReadOnlyList<string> arguments, IReadOnlyList<string> commandWords, string? sdkVersion)
    {
        FullPath = fullPath;
        Text = text;
        Arguments = arguments;
        CommandWords = commandWords;
        SdkVersion = sdkVersion;
    }

    public string FullPath { get; }
    public string Text { get; }

    /// <summary>The script's own arguments (fsi.CommandLineArgs without the script).</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>`dotnet fsi`, fsi's options as given, the script as typed and its arguments: pasted back, it reruns the script.</summary>
    public IReadOnlyList<string> CommandWords { get; }

    /// <summary>The SDK whose F# Interactive runs the script (fsi.dll lives in sdk/&lt;version&gt;/FSharp/).</summary>
    public string? SdkVersion { get; }

    /// <summary>
    /// This process's script, or null when this is not F# Interactive running a script file (a
    /// notebook kernel, an interactive session): those start a run with Footsteps.Initialize.
    /// </summary>
    /// <param name="fsiCommandLine">fsi.CommandLineArgs: the script as typed, then its arguments.</param>
    /// <param name="entryAssemblyName">The entry assembly's name ("fsi" under F# Interactive).</param>
    /// <param name="processPath">The dotnet host (Environment.ProcessPath).</param>
    /// <param name="commandLineArgs">Environment.GetCommandLineArgs(): fsi.dll, fsi's options, the script, its arguments.</param>
    public static FsiScript? Of(IReadOnlyList<string> fsiCommandLine, string? entryAssemblyName, string? processPath, IReadOnlyList<string> commandLineArgs)
    {
        if (entryAssemblyName != FsiAssemblyName || fsiCommandLine.Count == 0 || commandLineArgs.Count < 2)
            return null;
        var fullPath = Path.GetFullPath(fsiCommandLine[0]);
        if (!File.Exists(fullPath))
            return null;
        var arguments = new List<string>();
        for (var i = 1; i < fsiCommandLine.Count; i++)
            arguments.Add(fsiCommandLine[i]);
        var words = new List<string> { processPath ?? "dotnet", "fsi" };
        for (var i = 1; i < commandLineArgs.Count; i++)
            words.Add(commandLineArgs[i]);
        return new FsiScript(fullPath, ReadText(fullPath), arguments, words, SdkVersionOf(commandLineArgs[0]));
    }

    /// <summary>
    /// What a project's build would have embedded, as far as a script has it: the packages it
    /// references, the SDK and runtime; git facts follow at launch (<see cref="Git.ScriptGitFacts"/>).
    /// </summary>
    public BuildFacts Facts() => new()
    {
        // A script that names its run in code is not asked for a name when it starts, as a
        // project whose code calls Initialize is not.
        AutoStart = !Text.Contains("Footsteps.Initialize", StringComparison.Ordinal),
        CollectedAt = GitCollection.AtRun,
        ScriptPath = FullPath,
        ProjectPath = Path.GetFileName(FullPath),
        TargetFramework = $"net{Environment.Version.Major}.{Environment.Version.Minor}",
        SdkVersion = SdkVersion,
        Packages = ScriptPackageReferences.Resolve(Text).ToArray(),
    };

    private static string? SdkVersionOf(string fsiAssemblyPath)
    {
        var fsharpDirectory = Path.GetDirectoryName(fsiAssemblyPath);
        var sdkDirectory = fsharpDirectory == null ? null : Path.GetDirectoryName(fsharpDirectory);
        return sdkDirectory == null ? null : Path.GetFileName(sdkDirectory);
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return "";
        }
    }
}
