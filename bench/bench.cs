// Footsteps.Build overhead benchmark: `dotnet run bench/bench.cs` from the repository root.
// Packs this checkout and measures, interleaved in one run, against the same console app
// without the package (and with its peers Nerdbank.GitVersioning and MinVer):
//   launch time and peak memory (and the launch of a minimal recorder hand-written into the
//   plain program: the floor any recorder costs), no-op build time in a small repository and in a generated
//   50,000-file repository, the git collection time there, and a huge uncommitted change.
// Prints medians and ratios (of the medians, and paired: the median of each interleaved
// round's own ratio). Nothing is asserted: the figures go in the README and notes.
// Then F#: an F# project's launch, and a `dotnet fsi` script's run, each against the same
// program without the package.
// Options: --launches N (120) --builds N (60) --console-lines N (300000) --console-rounds N (25)
//          --large-files N (50000) --fsharp-launches N (30) --script-runs N (10)
//          --skip-large --skip-peers --skip-fsharp
// (one no-op build's time moves by about 10% on a noisy 2-core machine: sixty rounds keep the
// paired median within about 2%; a console round moves by about 5%; one launch's CPU difference
// by about 4 ms, so 120 rounds hold its median to about half a millisecond)
#:property TargetFramework=net10.0
#:property PublishAot=false
#:property TreatWarningsAsErrors=false
#:property ImplicitUsings=enable

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

var launches = IntOption("--launches", 120);
var builds = IntOption("--builds", 60);
var consoleRounds = IntOption("--console-rounds", 25);
var largeFiles = IntOption("--large-files", 50_000);
var repositoryRoot = FindRepositoryRoot();
var work = Directory.CreateTempSubdirectory("footsteps-bench-").FullName;
var feed = Path.Combine(work, "feed");
var environment = new Dictionary<string, string>
{
    ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    ["DOTNET_NOLOGO"] = "1",
    ["MSBUILDDISABLENODEREUSE"] = "1",
    ["FOOTSTEPS_NAME"] = "bench",
};

Console.WriteLine($"Footsteps.Build benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine($"Packing Footsteps.Build from {repositoryRoot} ...");
Must(Run("dotnet", repositoryRoot, "pack", Path.Combine(repositoryRoot, "src", "Footsteps.Build.Runtime"), "-c", "Release", "-o", feed, "-nodeReuse:false"));

var plain = CreateApp(Path.Combine(work, "small-plain"), "plain", Reference.None);
var footsteps = CreateApp(Path.Combine(work, "small-footsteps"), "footsteps", Reference.Footsteps);

Console.WriteLine($"\nLaunch ({launches} each, interleaved; Release apphost; FOOTSTEPS_NAME set; both programs write a file and print a line)");
// Every other round in the other order, so a machine slowing or speeding up within a round
// favours neither (the paired figures compare the two launches of one round). CPU is the
// process's user and system time; peak memory is measured in launches of its own.
var (plainLaunch, footstepsLaunch) = Interleaved(launches, () => TimedLaunch(plain, Ending.Normal), () => TimedLaunch(footsteps, Ending.Normal));
Report("launch", "ms", plainLaunch.Select(t => t.Wall).ToList(), footstepsLaunch.Select(t => t.Wall).ToList());
Report("CPU", "ms", plainLaunch.Select(t => t.Cpu).ToList(), footstepsLaunch.Select(t => t.Cpu).ToList());
// The floor: the least any recorder does, hand-written into the plain program (FloorRecorder
// below), against the plain program: what recording at all costs on this machine today.
var floor = CreateApp(Path.Combine(work, "small-floor"), "floor", Reference.Floor);
var (plainBeside, floorLaunch) = Interleaved(launches, () => TimedLaunch(plain, Ending.Normal), () => TimedLaunch(floor, Ending.Normal));
Report("floor", "ms", plainBeside.Select(t => t.Wall).ToList(), floorLaunch.Select(t => t.Wall).ToList(), "minimal recorder");
Report("floor CPU", "ms", plainBeside.Select(t => t.Cpu).ToList(), floorLaunch.Select(t => t.Cpu).ToList(), "minimal recorder");
var (plainMemory, footstepsMemory) = Interleaved(Math.Max(10, launches / 3), () => PeakMemoryOfLaunch(plain, Ending.Normal), () => PeakMemoryOfLaunch(footsteps, Ending.Normal));
Report("peak RSS", "MiB", plainMemory, footstepsMemory);
foreach (var ending in new[] { Ending.Exception, Ending.CtrlC })
{
    var rounds = Math.Max(10, launches / 2);
    Console.WriteLine($"\nLaunch of a run that ends {(ending == Ending.Exception ? "with an unhandled exception" : "by Ctrl-C (SIGINT once it printed a line)")} ({rounds} each, interleaved)");
    var (plainEnded, footstepsEnded) = Interleaved(rounds, () => TimedLaunch(plain, ending), () => TimedLaunch(footsteps, ending));
    Report("launch", "ms", plainEnded.Select(t => t.Wall).ToList(), footstepsEnded.Select(t => t.Wall).ToList());
    Report("CPU", "ms", plainEnded.Select(t => t.Cpu).ToList(), footstepsEnded.Select(t => t.Cpu).ToList());
    var (plainEndedMemory, footstepsEndedMemory) = Interleaved(Math.Max(10, launches / 3), () => PeakMemoryOfLaunch(plain, ending), () => PeakMemoryOfLaunch(footsteps, ending));
    Report("peak RSS", "MiB", plainEndedMemory, footstepsEndedMemory);
}

var consoleLines = IntOption("--console-lines", 300_000);
Console.WriteLine($"\nConsole throughput ({consoleRounds} each, interleaved; {consoleLines:N0} short lines, stdout redirected to a file)");
var plainConsole = new List<double>();
var footstepsConsole = new List<double>();
for (var i = 0; i < consoleRounds; i++)
{
    var plainFirst = i % 2 == 0;
    var first = PrintingLaunch(plainFirst ? plain : footsteps, consoleLines);
    var second = PrintingLaunch(plainFirst ? footsteps : plain, consoleLines);
    plainConsole.Add(plainFirst ? first : second);
    footstepsConsole.Add(plainFirst ? second : first);
}
Report("console", "ms", plainConsole, footstepsConsole);

var apps = new List<(string Name, App App)> { ("plain", plain), ("Footsteps", footsteps) };
if (!args.Contains("--skip-peers"))
{
    apps.Add(("NBGV 3.10.94", CreateApp(Path.Combine(work, "small-nbgv"), "nbgvapp", Reference.Nerdbank)));
    apps.Add(("MinVer 8.0.0", CreateApp(Path.Combine(work, "small-minver"), "minverapp", Reference.MinVer)));
}
Console.WriteLine($"\nNo-op build, small repository ({builds} each, interleaved; dotnet build -c Release --no-restore)");
ReportBuilds(apps, builds);

if (!args.Contains("--skip-large"))
{
    var large = Path.Combine(work, "large");
    Console.WriteLine($"\nGenerating a {largeFiles:N0}-file repository ...");
    GenerateLargeRepository(large, largeFiles);
    var largePlain = CreateApp(Path.Combine(large, "apps", "plain"), "plain", Reference.None, initRepository: false);
    var largeFootsteps = CreateApp(Path.Combine(large, "apps", "footsteps"), "footsteps", Reference.Footsteps, initRepository: false);
    // A few changes, as in a real working tree: two edits, one untracked file.
    File.AppendAllText(Path.Combine(large, "src", "d0", "f0.txt"), "edited\n");
    File.AppendAllText(Path.Combine(large, "src", "d1", "f1.txt"), "edited\n");
    File.WriteAllText(Path.Combine(large, "notes.txt"), "untracked\n");
    Must(Run("dotnet", largeFootsteps.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false"));
    Must(Run("dotnet", largePlain.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false"));
    Console.WriteLine($"\nNo-op build, {largeFiles:N0}-file repository with a few changes ({builds} each, interleaved)");
    ReportBuilds(new List<(string, App)> { ("plain", largePlain), ("Footsteps", largeFootsteps) }, builds);
    ReportGit("git collection", largeFootsteps, builds);

    Console.WriteLine("\nA 100 MB uncommitted change (the stored diff is capped at 1 MiB)");
    var huge = Path.Combine(large, "src", "d2", "f2.txt");
    using (var writer = new StreamWriter(huge, append: true))
    {
        var line = new string('x', 99) + "\n";
        for (var i = 0; i < 1_000_000; i++)
            writer.Write(line);
    }
    ReportGit("git collection with the huge change", largeFootsteps, Math.Max(3, builds / 2));
}

if (!args.Contains("--skip-fsharp"))
{
    var fsharpLaunches = IntOption("--fsharp-launches", 30);
    var plainFSharp = CreateFSharpApp(Path.Combine(work, "fs-plain"), "plainfs", withFootsteps: false);
    var footstepsFSharp = CreateFSharpApp(Path.Combine(work, "fs-footsteps"), "footstepsfs", withFootsteps: true);
    Console.WriteLine($"\nF# project launch ({fsharpLaunches} each, interleaved; Release apphost; FOOTSTEPS_NAME set)");
    var (plainTimes, footstepsTimes) = Interleaved(fsharpLaunches, () => TimedLaunch(plainFSharp, Ending.Normal), () => TimedLaunch(footstepsFSharp, Ending.Normal));
    Report("F# launch", "ms", plainTimes.Select(t => t.Wall).ToList(), footstepsTimes.Select(t => t.Wall).ToList());
    Report("F# CPU", "ms", plainTimes.Select(t => t.Cpu).ToList(), footstepsTimes.Select(t => t.Cpu).ToList());

    var scriptRuns = IntOption("--script-runs", 10);
    var plainScript = CreateScript(Path.Combine(work, "fsx-plain"), withFootsteps: false);
    var footstepsScript = CreateScript(Path.Combine(work, "fsx-footsteps"), withFootsteps: true);
    Console.WriteLine($"\nF# script ({scriptRuns} each, interleaved; dotnet fsi exp.fsx, its package resolution cached by a first run)");
    var (plainScriptTimes, footstepsScriptTimes) = Interleaved(scriptRuns, () => TimedScript(plainScript), () => TimedScript(footstepsScript));
    Report("fsi run", "ms", plainScriptTimes, footstepsScriptTimes);
}

Directory.Delete(work, recursive: true);
return 0;

// Rounds of one measurement each of plain and with, every other round in the other order.
static (List<T> Plain, List<T> With) Interleaved<T>(int rounds, Func<T> plain, Func<T> with)
{
    var plainTimes = new List<T>();
    var withTimes = new List<T>();
    for (var i = 0; i < rounds; i++)
    {
        if (i % 2 == 0)
        {
            plainTimes.Add(plain());
            withTimes.Add(with());
        }
        else
        {
            withTimes.Add(with());
            plainTimes.Add(plain());
        }
    }
    return (plainTimes, withTimes);
}

// The small experiment of CreateApp, in F#.
App CreateFSharpApp(string directory, string name, bool withFootsteps)
{
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, name + ".fsproj"),
        "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>" +
        $"<ItemGroup><Compile Include=\"Program.fs\" />{(withFootsteps ? "<PackageReference Include=\"Footsteps.Build\" Version=\"0.1.0\" />" : "")}</ItemGroup></Project>");
    File.WriteAllText(Path.Combine(directory, "Program.fs"), ScriptBody(withFootsteps));
    File.WriteAllText(Path.Combine(directory, "nuget.config"),
        $"<configuration><packageSources><add key=\"bench\" value=\"{feed}\" /></packageSources></configuration>");
    Must(Run("git", directory, "init", "-q"));
    Commit(directory);
    Must(Run("dotnet", directory, "build", "-c", "Release", "-nodeReuse:false"));
    return new App(directory, Path.Combine(directory, "bin", "Release", "net10.0", name));
}

static string ScriptBody(bool withFootsteps) => withFootsteps
    ? "System.IO.File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"1\")\nprintfn \"done\"\n"
    : "System.IO.Directory.CreateDirectory(\"results/bench\") |> ignore\nSystem.IO.File.WriteAllText(\"results/bench/out.txt\", \"1\")\nprintfn \"done\"\n";

string CreateScript(string directory, bool withFootsteps)
{
    Directory.CreateDirectory(directory);
    Directory.CreateDirectory(Path.Combine(work, "home"));
    File.WriteAllText(Path.Combine(directory, "exp.fsx"), (withFootsteps ? "#r \"nuget: Footsteps.Build, 0.1.0\"\n" : "") + ScriptBody(withFootsteps));
    File.WriteAllText(Path.Combine(directory, "nuget.config"),
        $"<configuration><packageSources><add key=\"bench\" value=\"{feed}\" /></packageSources></configuration>");
    Must(Run("git", directory, "init", "-q"));
    Commit(directory);
    TimedScript(directory);
    return directory;
}

// fsi caches how it resolved a script's packages under HOME: the bench's own HOME keeps it from
// loading a 0.1.0 of another checkout.
double TimedScript(string directory) => Time(() =>
    Must(RunWith("dotnet", directory, new Dictionary<string, string> { ["HOME"] = Path.Combine(work, "home") }, "fsi", "exp.fsx")));

App CreateApp(string directory, string name, Reference reference, bool initRepository = true)
{
    Directory.CreateDirectory(directory);
    var package = reference switch
    {
        Reference.Footsteps => "<PackageReference Include=\"Footsteps.Build\" Version=\"0.1.0\" />",
        Reference.Nerdbank => "<PackageReference Include=\"Nerdbank.GitVersioning\" Version=\"3.10.94\" PrivateAssets=\"all\" />",
        Reference.MinVer => "<PackageReference Include=\"MinVer\" Version=\"8.0.0\" PrivateAssets=\"all\" />",
        _ => "",
    };
    File.WriteAllText(Path.Combine(directory, name + ".csproj"),
        $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup><ItemGroup>{package}</ItemGroup></Project>");
    // The same small experiment: write one artifact, print one line (as experiments do, so both
    // pay for the console); given a number, print that many short lines first (a training loop).
    // Given "throw" or "interrupt", it ends with an unhandled exception or waits for Ctrl-C after "ready".
    const string loop = "if (args.Length > 0 && char.IsDigit(args[0][0])) { for (var i = 0; i < int.Parse(args[0]); i++) Console.WriteLine($\"step {i} loss 0.25\"); }\n";
    const string ending = "if (args.Length > 0 && args[0] == \"throw\") throw new InvalidOperationException(\"the run diverged\");\n" +
        "if (args.Length > 0 && args[0] == \"interrupt\") { Console.WriteLine(\"ready\"); Thread.Sleep(-1); }\n";
    var body = reference switch
    {
        Reference.Footsteps => "File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"1\");\nConsole.WriteLine(\"done\");\n",
        Reference.Floor => "File.WriteAllText(FloorRecorder.OutputDir + \"out.txt\", \"1\");\nConsole.WriteLine(\"done\");\n",
        _ => "Directory.CreateDirectory(\"results/bench\"); File.WriteAllText(\"results/bench/out.txt\", \"1\");\nConsole.WriteLine(\"done\");\n",
    };
    if (reference == Reference.Floor)
        File.WriteAllText(Path.Combine(directory, "FloorRecorder.cs"), FloorRecorderSource);
    File.WriteAllText(Path.Combine(directory, "Program.cs"), (reference == Reference.Floor ? "FloorRecorder.Start();\n" : "") + loop + body + ending);
    File.WriteAllText(Path.Combine(directory, "nuget.config"),
        $"<configuration><packageSources><add key=\"bench\" value=\"{feed}\" /></packageSources></configuration>");
    if (reference == Reference.Nerdbank)
        File.WriteAllText(Path.Combine(directory, "version.json"), "{ \"version\": \"1.0\" }");
    if (initRepository)
    {
        Must(Run("git", directory, "init", "-q"));
        Commit(directory);
    }
    Must(Run("dotnet", directory, "build", "-c", "Release", "-nodeReuse:false"));
    return new App(directory, Path.Combine(directory, "bin", "Release", "net10.0", name));
}

void GenerateLargeRepository(string root, int files)
{
    Directory.CreateDirectory(root);
    Must(Run("git", root, "init", "-q"));
    var perDirectory = 100;
    for (var i = 0; i < files; i++)
    {
        var directory = Path.Combine(root, "src", "d" + (i / perDirectory));
        if (i % perDirectory == 0)
            Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "f" + (i % perDirectory) + ".txt"), $"file {i}\n");
    }
    Commit(root);
}

void Commit(string directory)
{
    Must(Run("git", directory, "add", "-A"));
    Must(Run("git", directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "bench"));
}

void ReportBuilds(List<(string Name, App App)> contenders, int count)
{
    var times = contenders.Select(_ => new List<double>()).ToList();
    for (var i = 0; i < count; i++)
    {
        // Every other round in reverse order: no contender always builds right after another.
        var order = Enumerable.Range(0, contenders.Count).ToList();
        if (i % 2 == 1)
            order.Reverse();
        foreach (var c in order)
            times[c].Add(Time(() => Must(Run("dotnet", contenders[c].App.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false"))));
    }
    var baseline = Median(times[0]);
    for (var c = 0; c < contenders.Count; c++)
    {
        var median = Median(times[c]);
        Console.WriteLine($"  {contenders[c].Name,-14} {median,8:F0} ms   overhead {median - baseline,+6:F0} ms   ratio {median / baseline:F3}x   paired {PairedRatio(times[0], times[c]):F3}x");
    }
    var compiled = Run("dotnet", contenders[^1].App.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-v:d");
    Console.WriteLine($"  CoreCompile skipped on a no-op build: {compiled.Output.Contains("Skipping target \"CoreCompile\"")} ({contenders[^1].Name})");
}

// How long git took in a build, and how much of it the build waited for (the rest overlapped other work).
(double Git, double Waited) GitMilliseconds(App app)
{
    var result = Run("dotnet", app.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-v:d");
    Must(result);
    var match = Regex.Match(result.Output, @"Footsteps: git took (\d+) ms; the build waited (\d+) ms");
    return match.Success
        ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
        : (double.NaN, double.NaN);
}

void ReportGit(string what, App app, int count)
{
    var git = new List<double>();
    var waited = new List<double>();
    for (var i = 0; i < count; i++)
    {
        var (took, waitedFor) = GitMilliseconds(app);
        git.Add(took);
        waited.Add(waitedFor);
    }
    Console.WriteLine($"  {what}: git took {Median(git):F0} ms (median); the build waited {Median(waited):F0} ms of it");
}

// The app's launch as the bench makes it: all three streams redirected, the ending asked for by its argument.
ProcessStartInfo LaunchStartInfo(App app, Ending ending)
{
    var startInfo = new ProcessStartInfo(app.AppHost) { WorkingDirectory = app.Directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
    if (ending != Ending.Normal)
        startInfo.ArgumentList.Add(ending == Ending.Exception ? "throw" : "interrupt");
    foreach (var (key, value) in environment)
        startInfo.Environment[key] = value;
    return startInfo;
}

// Wall time and CPU time (user + system, from getrusage of reaped children) of one launch.
(double Wall, double Cpu) TimedLaunch(App app, Ending ending)
{
    var startInfo = LaunchStartInfo(app, ending);
    var cpuBefore = ChildrenCpuMilliseconds();
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(startInfo)!;
    process.StandardInput.Close();
    var error = process.StandardError.ReadToEndAsync();
    if (ending == Ending.CtrlC)
    {
        // The program prints "ready" once its code runs; then the terminal's Ctrl-C.
        while (process.StandardOutput.ReadLine() is { } line && line != "ready")
        {
        }
        // By the system call, not kill(1): another child would count in the CPU time.
        Interrupt(process);
    }
    var output = process.StandardOutput.ReadToEndAsync();
    process.WaitForExit();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    if (process.ExitCode != ExpectedExitCode(ending))
        throw new InvalidOperationException($"{app.AppHost} ({ending}) exited with {process.ExitCode}: " + output.Result + error.Result);
    return (elapsed, ChildrenCpuMilliseconds() - cpuBefore);
}

// As a batch job runs it: stdout to a file (the shell's redirection), stderr discarded.
double PrintingLaunch(App app, int lines)
{
    var output = Path.Combine(work, "console-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
    var startInfo = new ProcessStartInfo("/bin/sh") { WorkingDirectory = app.Directory, RedirectStandardInput = true };
    startInfo.ArgumentList.Add("-c");
    startInfo.ArgumentList.Add($"exec '{app.AppHost}' {lines} > '{output}' 2>/dev/null");
    foreach (var (key, value) in environment)
        startInfo.Environment[key] = value;
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(startInfo)!;
    process.StandardInput.Close();
    process.WaitForExit();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"{app.AppHost} {lines} failed");
    File.Delete(output);
    return elapsed;
}

double PeakMemoryOfLaunch(App app, Ending ending)
{
    var startInfo = LaunchStartInfo(app, ending);
    using var process = Process.Start(startInfo)!;
    process.StandardInput.Close();
    var ready = new TaskCompletionSource();
    var output = Task.Run(() =>
    {
        var text = new System.Text.StringBuilder();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            text.AppendLine(line);
            if (line == "ready")
                ready.TrySetResult();
        }
        return text.ToString();
    });
    var error = process.StandardError.ReadToEndAsync();
    // VmHWM only grows: the last reading before exit is (close to) the peak.
    var peakKiB = 0L;
    var interrupted = false;
    while (!process.HasExited)
    {
        peakKiB = Math.Max(peakKiB, PeakKiB(process.Id));
        if (ending == Ending.CtrlC && !interrupted && ready.Task.IsCompleted)
        {
            Interrupt(process);
            interrupted = true;
        }
        Thread.Sleep(1);
    }
    process.WaitForExit();
    if (process.ExitCode != ExpectedExitCode(ending))
        throw new InvalidOperationException($"{app.AppHost} ({ending}) exited with {process.ExitCode}: " + output.Result + error.Result);
    return peakKiB / 1024.0;
}

// The terminal's Ctrl-C.
static void Interrupt(Process process)
{
    const int Sigint = 2;
    kill(process.Id, Sigint);
}

static int ExpectedExitCode(Ending ending) => ending switch { Ending.Normal => 0, Ending.CtrlC => 130, _ => 134 };

static long PeakKiB(int pid)
{
    try
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
    }
    catch (IOException)
    {
    }
    return 0;
}

static void Report(string what, string unit, List<double> baseline, List<double> measured, string contender = "with Footsteps")
{
    var b = Median(baseline);
    var m = Median(measured);
    var paired = Median(baseline.Zip(measured, (plain, with) => with - plain).ToList());
    Console.WriteLine($"  {what,-9} plain {b,7:F1} {unit}   {contender} {m,7:F1} {unit}   difference {m - b,+6:F1} {unit}   ratio {m / b:F3}x   paired difference {paired,+6:F1} {unit}");
}

// The median of each round's own ratio: rounds run back to back, so a round's contenders share
// the machine's moment, and a slow minute on a shared machine cancels out of the ratio.
static double PairedRatio(List<double> baseline, List<double> measured) =>
    Median(baseline.Zip(measured, (plain, with) => with / plain).ToList());

static double Median(List<double> values)
{
    var sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToList();
    if (sorted.Count == 0)
        return double.NaN;
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalMilliseconds;
}

(int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] arguments) =>
    RunWith(fileName, workingDirectory, new Dictionary<string, string>(), arguments);

(int ExitCode, string Output) RunWith(string fileName, string workingDirectory, Dictionary<string, string> extraEnvironment, params string[] arguments)
{
    var startInfo = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
    foreach (var argument in arguments)
        startInfo.ArgumentList.Add(argument);
    foreach (var (key, value) in environment.Concat(extraEnvironment))
        startInfo.Environment[key] = value;
    using var process = Process.Start(startInfo)!;
    process.StandardInput.Close();
    var error = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, output + error.Result);
}

static void Must((int ExitCode, string Output) result)
{
    if (result.ExitCode != 0)
        throw new InvalidOperationException(result.Output);
}

int IntOption(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory != null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Footsteps.Build.sln")))
            return directory.FullName;
    }
    throw new InvalidOperationException("Run from inside the Footsteps.Build repository.");
}

static double ChildrenCpuMilliseconds()
{
    const int RusageChildren = -1;
    if (getrusage(RusageChildren, out var usage) != 0)
        return double.NaN;
    return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
}

[System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
static extern int getrusage(int who, out ResourceUsage usage);

[System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
static extern int kill(int pid, int signal);

enum Reference { None, Footsteps, Nerdbank, MinVer, Floor }

enum Ending { Normal, Exception, CtrlC }

// struct rusage on 64-bit Linux: two timevals, then fourteen longs.
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
struct ResourceUsage
{
    public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
    public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
}

record App(string Directory, string AppHost);

partial class Program
{
    // The least a recorder does at launch, written plainly (JIT-compiled with the program): the
    // name from the environment, its directory (a fresh one a launch), info.txt, a thread that
    // takes the environment and a few machine facts into info.json and writes the package list,
    // stdout and stderr teed into memory (the first line waits for info.json), SIGINT and
    // SIGTERM registered, output.log and info.json written at exit.
    const string FloorRecorderSource = """
        using System.Runtime.InteropServices;
        using System.Text;

        static class FloorRecorder
        {
            public static string OutputDir = "";
            static volatile bool Recorded;
            static readonly ManualResetEventSlim Done = new(false, 0);
            static readonly StringBuilder Log = new();
            static PosixSignalRegistration Interrupt, Terminate;

            public static void Start()
            {
                var name = (Environment.GetEnvironmentVariable("FOOTSTEPS_NAME") ?? "run") + "-" + Environment.ProcessId;
                var directory = Path.GetFullPath(Path.Combine("results", name));
                Directory.CreateDirectory(directory);
                OutputDir = directory + "/";
                new Thread(() =>
                {
                    var json = new StringBuilder("{\"name\":\"").Append(name).Append("\",\"environment\":{");
                    foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
                        if (((string)variable.Key).StartsWith("DOTNET_", StringComparison.Ordinal))
                            json.Append('"').Append((string)variable.Key).Append("\":\"").Append((string)variable.Value).Append("\",");
                    json.Append("\"os\":").Append(File.ReadAllText("/etc/os-release").Length).Append(",\"host\":\"").Append(Environment.MachineName)
                        .Append("\",\"cores\":").Append(Environment.ProcessorCount).Append(",\"memory\":").Append(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes).Append('}');
                    File.WriteAllText(Path.Combine(directory, "info.json"), json.ToString());
                    File.WriteAllText(Path.Combine(directory, "package_versions.txt"), "Footsteps.Build==0.1.0\n");
                    Recorded = true;
                    Done.Set();
                }) { IsBackground = true }.Start();
                using (var info = new FileStream(Path.Combine(directory, "info.txt"), FileMode.CreateNew))
                    info.Write(Encoding.UTF8.GetBytes("Command: " + string.Join(" ", Environment.GetCommandLineArgs()) + "\nHost: " + Environment.MachineName + "\n" + new string('x', 1500)));
                var log = new FileStream(Path.Combine(directory, "output.log"), FileMode.CreateNew);
                Console.SetOut(new Tee(Console.Out));
                Console.SetError(new Tee(Console.Error));
                Interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => { });
                Terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => { });
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    Done.Wait(2000);
                    lock (Log)
                        log.Write(Encoding.UTF8.GetBytes(Log.ToString()));
                    log.Dispose();
                    File.WriteAllText(Path.Combine(directory, "info.json"), "{\"status\":\"completed\",\"ended\":\"" + DateTime.UtcNow.ToString("O") + "\"}");
                };
                Console.Error.WriteLine("Saving results to results/" + name + "/");
            }

            sealed class Tee(TextWriter console) : TextWriter
            {
                public override Encoding Encoding => console.Encoding;
                public override void Write(char value) { lock (Log) { console.Write(value); Log.Append(value); } }
                public override void WriteLine(string value)
                {
                    lock (Log)
                    {
                        if (!Recorded)
                            Done.Wait(2000);
                        console.WriteLine(value);
                        Log.Append(value).Append('\n');
                    }
                }
            }
        }
        """;
}
