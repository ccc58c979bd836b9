using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using FootstepsRuntime;
using FootstepsRuntime.Naming;
using FootstepsRuntime.Record;

/// <summary>
/// Experiment logging for the lazy. Every launch of a program that references Footsteps.Build
/// asks for a run name, creates <c>results/&lt;name&gt;/</c> with a record of the command,
/// machine, runtime and exact code, and tells the program where to save its own artifacts.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText(Footsteps.OutputDir + "weights.csv", "6, 9, 42");
/// </code>
/// </example>
public static class Footsteps
{
    private static readonly object Gate = new();
    private static BuildFacts? _facts;
    private static RunDirectory? _run;
    private static string? _outputDir;

    /// <summary>
    /// Absolute path of this run's directory, ending with a directory separator, so both
    /// <c>Footsteps.OutputDir + "plot.png"</c> and <c>Path.Combine(Footsteps.OutputDir, "plot.png")</c> work.
    /// Starts the run (asking for a name) if nothing has yet.
    /// </summary>
    public static string OutputDir
    {
        get
        {
            lock (Gate)
                return _outputDir ?? Initialize(outputRoot: (_facts ??= BuildFacts.From(Assembly.GetEntryAssembly())).OutputRoot);
        }
    }

    /// <summary>
    /// Starts the run record: decides the name (<paramref name="runName"/>, else the
    /// FOOTSTEPS_NAME environment variable, else a prompt), claims
    /// <c>&lt;outputRoot&gt;/&lt;name&gt;/</c> and writes info.txt before returning.
    /// Programs that name runs themselves set <c>&lt;FootstepsAutoStart&gt;false&lt;/FootstepsAutoStart&gt;</c>
    /// in their project so nothing is asked at launch, then call this.
    /// </summary>
    /// <example><code>Footsteps.Initialize($"sweep/lr{lr}");</code></example>
    /// <returns><see cref="OutputDir"/>.</returns>
    /// <exception cref="InvalidOperationException">A run was already started under another name.</exception>
    public static string Initialize(string? runName = null, string outputRoot = "results")
    {
        lock (Gate)
        {
            if (_outputDir != null)
            {
                if (runName == null || RunName.Check(runName).Name == _run?.Name)
                    return _outputDir;
                throw new InvalidOperationException(
                    $"Footsteps already started run '{_run?.Name}' at launch. To name runs in code, set <FootstepsAutoStart>false</FootstepsAutoStart> in the project file.");
            }

            var facts = _facts ??= BuildFacts.From(Assembly.GetEntryAssembly());
            var name = new NameSource(Console.Error).Decide(runName, outputRoot);
            var run = RunDirectory.Claim(outputRoot, name);
            RunRecordFiles.Write(run, LaunchFacts.Now(), facts);
            _run = run;
            _outputDir = run.FullPath + Path.DirectorySeparatorChar;
            Console.Error.WriteLine($"Saving results to {DisplayPath(outputRoot, run.Name)}");
            return _outputDir;
        }
    }

    /// <summary>
    /// Called before the program's own code by the module initializer that the package adds to
    /// every program it builds. Not for use in code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Launch(Assembly program)
    {
        lock (Gate)
            _facts = BuildFacts.From(program);
        if (!_facts.AutoStart)
            return;

        try
        {
            Initialize(outputRoot: _facts.OutputRoot);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Footsteps: cancelled; no run directory was created.");
            Environment.Exit(ExitCodes.Cancelled);
        }
        catch (OutputRootUnusableException e)
        {
            Console.Error.WriteLine("Footsteps: error: " + e.Message);
            Environment.Exit(ExitCodes.OutputRootUnusable);
        }
    }

    private static string DisplayPath(string outputRoot, string name)
    {
        var path = Path.Combine(outputRoot, name).Replace('\\', '/');
        return path.EndsWith('/') ? path : path + "/";
    }
}
