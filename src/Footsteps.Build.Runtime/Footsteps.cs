using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Threading;
using FootstepsBuild.Runtime.Git;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Naming;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.Facts;
using FootstepsBuild.Shared.Git;

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
    private static Assembly? _program;
    private static FsiScript? _script;
    private static RunSession? _session;
    private static PendingRunDetails? _details;
    private static string? _outputDir;
    private static int _nextPathNumber = -1;

    // When the program started (its module initializer): what an automatic name says, however
    // long the name took to decide.
    private static DateTime? _launchedUtc;
    private static bool _launching;
    private static StartedRun? _started;

    private sealed record StartedRun(string Name, string OutputRoot, bool AtLaunch);

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
                return _outputDir ?? Initialize();
        }
    }

    /// <summary>
    /// Starts the run record: decides the name (<paramref name="runName"/>, else the
    /// FOOTSTEPS_NAME environment variable, else a prompt), claims
    /// <c>&lt;outputRoot&gt;/&lt;name&gt;/</c> and writes info.txt before returning; info.json
    /// follows within milliseconds, before the program's first console output. A program whose
    /// code calls this asks for no name at launch (the package sees the call when it builds).
    /// </summary>
    /// <example><code>Footsteps.Initialize($"sweep/lr{lr}");</code></example>
    /// <param name="runName">The run's name; null for FOOTSTEPS_NAME or the prompt.</param>
    /// <param name="outputRoot">Where run directories go; null for the project's FootstepsOutputRoot (default <c>results</c>).</param>
    /// <returns><see cref="OutputDir"/>.</returns>
    /// <exception cref="InvalidOperationException">A run was already started with another name or output root.</exception>
    /// <exception cref="IOException">The run directory cannot be created under <paramref name="outputRoot"/>.</exception>
    public static string Initialize(string? runName = null, string? outputRoot = null)
    {
        lock (Gate)
        {
            if (_outputDir != null)
                return AlreadyStarted(runName, outputRoot);
            outputRoot ??= Facts().OutputRoot;

            var launchedUtc = _launchedUtc ?? DateTime.UtcNow;
            var program = _program ?? Assembly.GetEntryAssembly();
            var childrenRoot = runName == null ? ParentRun.ChildrenRootOfThisProcess() : null;
            if (childrenRoot != null)
                outputRoot = childrenRoot;
            var name = childrenRoot != null
                ? new ChosenName(ChildName(program), null)
                : new NameSource(now: () => launchedUtc.ToLocalTime()).Decide(runName, outputRoot);
            var facts = Facts();
            if (facts.CollectedAt == GitCollection.AtRun)
                facts = _facts = ScriptGitFacts.Complete(facts, outputRoot);
            _details ??= PendingRunDetails.Start(program, facts, beforeProgramCode: false);
            var session = RunSession.Start(facts, program, _script, _details, outputRoot, name.Name, name.Requested);
            _session = session;
            _started = new StartedRun(name.Name, Path.GetFullPath(outputRoot), _launching);
            _outputDir = session.Directory.FullPath + Path.DirectorySeparatorChar;
            ParentRun.BecomeParent(session.Directory.FullPath);
            Console.Error.WriteLine($"Saving results to {DisplayPath(outputRoot, session.Directory.Name)}");
            session.HoldOutputUntilRecorded();
            return _outputDir;
        }
    }

    /// <summary>
    /// A fresh numbered path in the run directory, for a series of artifacts:
    /// <c>NextPath("loss", ".png")</c> gives <c>&lt;run&gt;/000_loss.png</c>, the next call <c>001_…</c>.
    /// </summary>
    /// <example><code>chart.SaveAsPng(Footsteps.NextPath("loss", ".png"));</code></example>
    public static string NextPath(string name, string extension = "")
    {
        var number = Interlocked.Increment(ref _nextPathNumber);
        if (extension.Length > 0 && !extension.StartsWith('.'))
            extension = "." + extension;
        // A non-negative integer is formatted without culture data, which a format string would set up (and ICU with it).
        return OutputDir + number.ToString().PadLeft(3, '0') + "_" + name + extension;
    }

    /// <summary>
    /// Called before the program's own code by the module initializer that the package adds to
    /// every program it builds. Not for use in code.
    /// </summary>
    /// <param name="program">The program's assembly.</param>
    /// <param name="namesRunsInCode">The program calls Initialize itself (the package's source generator saw the call): no name is asked at launch.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Launch(Assembly program, bool namesRunsInCode)
    {
        // A program's assembly loaded by another program (a test host, BenchmarkDotNet's
        // generated runner) runs its module initializer too: only the program that was started
        // records a run.
        if (!ReferenceEquals(program, Assembly.GetEntryAssembly()))
            return;
        StartAtLaunch(program, BuildFacts.From(program), namesRunsInCode);
    }

    /// <summary>
    /// Called before an F# script's own code by the Footsteps.Build.fsx that F# Interactive
    /// loads when the script references the package (<c>#r "nuget: Footsteps.Build"</c>). Not for use in code.
    /// </summary>
    /// <param name="fsiCommandLine">fsi.CommandLineArgs: the script, then its arguments.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void LaunchScript(string[] fsiCommandLine)
    {
        var entry = Assembly.GetEntryAssembly();
        var script = FsiScript.Of(fsiCommandLine, AssemblyDisplayName.SimpleNameOf(entry), Environment.ProcessPath, Environment.GetCommandLineArgs());
        lock (Gate)
        {
            // A second script of the same session (#load) that references the package too.
            if (script == null || _program != null)
                return;
            _script = script;
        }
        StartAtLaunch(entry!, script.Facts(), namesRunsInCode: false);
    }

    private static void StartAtLaunch(Assembly program, BuildFacts facts, bool namesRunsInCode)
    {
        bool startsAtLaunch;
        lock (Gate)
        {
            _launchedUtc = DateTime.UtcNow;
            _program = program;
            _facts = facts;
            startsAtLaunch = facts.AutoStart && !namesRunsInCode;
            // While the name is decided and the directory claimed, another core gathers the rest.
            if (startsAtLaunch)
                _details = PendingRunDetails.Start(program, facts, beforeProgramCode: true);
        }
        if (!startsAtLaunch)
            return;

        try
        {
            _launching = true;
            Initialize();
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
        finally
        {
            _launching = false;
        }
    }

    internal static void NoteHotReload(Type[]? updatedTypes)
    {
        RunSession? session;
        lock (Gate)
            session = _session;
        session?.NoteHotReload(updatedTypes);
    }

    // A second Initialize agrees with the run already started, or says plainly why it cannot.
    private static string AlreadyStarted(string? runName, string? outputRoot)
    {
        var started = _started!;
        var sameName = runName == null || RunName.Check(runName).Name == started.Name;
        var sameRoot = outputRoot == null || RepositoryTop.SameDirectory(Path.GetFullPath(outputRoot), started.OutputRoot);
        if (sameName && sameRoot)
            return _outputDir!;
        var arguments = new List<string>();
        if (runName != null)
            arguments.Add($"\"{runName}\"");
        if (outputRoot != null)
            arguments.Add($"outputRoot: \"{outputRoot}\"");
        var asked = $"Footsteps.Initialize({string.Join(", ", arguments)})";
        var how = started.AtLaunch
            ? "If the call is in a library, set <FootstepsAutoStart>false</FootstepsAutoStart> in the program's project so the launch asks for no name."
            : "A process records one run: call Footsteps.Initialize once, before any use of Footsteps.OutputDir.";
        throw new InvalidOperationException(
            $"{asked} contradicts the run already started {(started.AtLaunch ? "at launch" : "earlier")}: '{started.Name}' under " +
            $"'{started.OutputRoot}'. {how}");
    }

    // A child process's run is named after its program (a script's after the script).
    private static string ChildName(Assembly? program) =>
        _script != null ? Path.GetFileNameWithoutExtension(_script.FullPath) : AssemblyDisplayName.SimpleNameOf(program) ?? "child";

    private static BuildFacts Facts() => _facts ??= BuildFacts.From(_program ?? Assembly.GetEntryAssembly());

    private static string DisplayPath(string outputRoot, string name)
    {
        var path = Path.Combine(outputRoot, name).Replace('\\', '/');
        return path.EndsWith('/') ? path : path + "/";
    }
}
