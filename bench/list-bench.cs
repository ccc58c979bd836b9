// `footsteps list` on a results root of many runs: `dotnet run bench/list-bench.cs` from the
// repository root. Builds the tool of this checkout, writes N run directories (a Slurm array's
// records, as a cluster leaves them), and times `footsteps list` and `footsteps list --job`
// against `find` walking the same tree, in one run. Prints medians; nothing is asserted.
// Options: --runs N (10000) --rounds N (5)
#:property TargetFramework=net10.0
#:property PublishAot=false
#:property TreatWarningsAsErrors=false
#:property ImplicitUsings=enable

using System.Diagnostics;

var runs = IntOption("--runs", 10_000);
var rounds = IntOption("--rounds", 5);
var repository = Directory.GetCurrentDirectory();
var work = Directory.CreateTempSubdirectory("footsteps-list-bench-").FullName;
var tool = Path.Combine(work, "tool");
Must(Run("dotnet", repository, "build", Path.Combine(repository, "src", "Footsteps.Tool"), "-c", "Release", "-o", tool, "-nodeReuse:false"));
var dll = Path.Combine(tool, "footsteps.dll");

var root = Path.Combine(work, "results");
var started = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
for (var i = 0; i < runs; i++)
{
    var directory = Path.Combine(root, "sweep", $"812_{i}");
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "info.json"), $$$"""
        {"schema":1,"name":"sweep/812_{{{i}}}","status":"completed","exitCode":0,"startedUtc":"{{{started.AddSeconds(i):O}}}","durationSeconds":12.5,
         "command":{"argv":["/home/a/exp/bin/Release/net10.0/exp"],"commandLine":"/home/a/exp/bin/Release/net10.0/exp --lr 0.{{{i}}}","workingDirectory":"/home/a/exp","processPath":"/home/a/exp/bin/Release/net10.0/exp"},
         "process":{"pid":{{{1000 + i}}}},"host":{"hostName":"node{{{i % 64:00}}}"},
         "scheduler":{"kind":"slurm","jobId":"{{{813 + i}}}","arrayJobId":"812","arrayTaskId":"{{{i}}}","jobName":"sweep","restartCount":0},
         "git":{"commit":"0123456789abcdef0123456789abcdef01234567","describe":"v1","dirty":false,"diff":"","untracked":[],"untrackedCount":0,"collectedAt":"build"}}
        """);
    File.WriteAllText(Path.Combine(directory, "info.txt"), "Command:\n/home/a/exp\n");
}

Console.WriteLine($"footsteps list on {runs:N0} runs ({rounds} rounds each, interleaved; {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd})");
var find = new List<double>();
var list = new List<double>();
var job = new List<double>();
for (var round = 0; round < rounds; round++)
{
    find.Add(Time("find", root, root, "-name", "info.json"));
    list.Add(Time("dotnet", root, dll, "list", root));
    job.Add(Time("dotnet", root, dll, "list", root, "--job", "812_5"));
}
Console.WriteLine($"  find (walk only)            {Median(find),8:0} ms");
Console.WriteLine($"  footsteps list              {Median(list),8:0} ms   {Median(list) / Median(find):0.0}x the walk");
Console.WriteLine($"  footsteps list --job 812_5  {Median(job),8:0} ms");
Directory.Delete(work, recursive: true);

double Time(string file, string directory, params string[] arguments)
{
    var clock = Stopwatch.StartNew();
    Must(Run(file, directory, arguments));
    return clock.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static (int ExitCode, string Output) Run(string file, string directory, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
        start.ArgumentList.Add(argument);
    using var process = Process.Start(start)!;
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
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
}
