using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;
using FootstepsBuild.Runtime.Git;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Naming;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Facts;

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
    private static RunSession? _session;
    private static PendingRunDetails? _details;
    private static string? _outputDir;
    private static int _nextPathNumber = -1;

    // When the program started (its module initializer): what an automatic name says, however
    // long the name took to decide.
    private static DateTime? _launchedUtc;

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
                return _outputDir ?? Initialize(outputRoot: Facts().OutputRoot);
        }
    }

    /// <summary>
    /// Starts the run record: decides the name (<paramref name="runName"/>, else the
    /// FOOTSTEPS_NAME environment variable, else a prompt), claims
    /// <c>&lt;outputRoot&gt;/&lt;name&gt;/</c> and writes info.txt before returning; info.json
    /// follows within milliseconds, before the program's first console output.
    /// Programs that name runs themselves set <c>&lt;FootstepsAutoStart&gt;false&lt;/FootstepsAutoStart&gt;</c>
    /// in their project so nothing is asked at launch, then call this.
    /// </summary>
    /// <example><code>Footsteps.Initialize($"sweep/lr{lr}");</code></example>
    /// <returns><see cref="OutputDir"/>.</returns>
    /// <exception cref="InvalidOperationException">A run was already started under another name.</exception>
    /// <exception cref="IOException">The run directory cannot be created under <paramref name="outputRoot"/>.</exception>
    public static string Initialize(string? runName = null, string outputRoot = Defaults.OutputRoot)
    {
        lock (Gate)
        {
            if (_outputDir != null)
            {
                if (runName == null || RunName.Check(runName).Name == _session?.Directory.Name)
                    return _outputDir;
                throw new InvalidOperationException(
                    $"Footsteps already started run '{_session?.Directory.Name}' at launch. To name runs in code, set " +
                        "<FootstepsAutoStart>false</FootstepsAutoStart> in the project file.");
            }

            var launchedUtc = _launchedUtc ?? DateTime.UtcNow;
            var program = _program ?? Assembly.GetEntryAssembly();
            var childrenRoot = runName == null ? ParentRun.ChildrenRootOfThisProcess() : null;
            if (childrenRoot != null)
                outputRoot = childrenRoot;
            var name = childrenRoot != null
                ? new ChosenName(program?.GetName().Name ?? "child", null)
                : new NameSource(now: () => launchedUtc.ToLocalTime()).Decide(runName, outputRoot);
            var facts = Facts();
            if (facts.CollectedAt == GitCollection.AtRun)
                facts = _facts = ScriptGitFacts.Complete(facts, outputRoot);
            _details ??= PendingRunDetails.Start(program, facts);
            var session = RunSession.Start(facts, program, _details, outputRoot, name.Name, name.Requested);
            _session = session;
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
        return OutputDir + number.ToString("000", CultureInfo.InvariantCulture) + "_" + name + extension;
    }

    /// <summary>
    /// Called before the program's own code by the module initializer that the package adds to
    /// every program it builds. Not for use in code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Launch(Assembly program)
    {
        // A program's assembly loaded by another program (a test host, BenchmarkDotNet's
        // generated runner) runs its module initializer too: only the program that was started
        // records a run.
        if (!ReferenceEquals(program, Assembly.GetEntryAssembly()))
            return;
        BuildFacts facts;
        lock (Gate)
        {
            _launchedUtc = DateTime.UtcNow;
            _program = program;
            facts = _facts = BuildFacts.From(program);
            // While the name is decided and the directory claimed, another core gathers the rest.
            if (facts.AutoStart)
                _details = PendingRunDetails.Start(program, facts);
        }
        if (!facts.AutoStart)
            return;

        try
        {
            Initialize(outputRoot: facts.OutputRoot);
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

    private static BuildFacts Facts() => _facts ??= BuildFacts.From(_program ?? Assembly.GetEntryAssembly());

    private static string DisplayPath(string outputRoot, string name)
    {
        var path = Path.Combine(outputRoot, name).Replace('\\', '/');
        return path.EndsWith('/') ? path : path + "/";
    }
}
