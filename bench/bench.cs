// Footsteps.Build overhead benchmark: `dotnet run bench/bench.cs` from the repository root.
// Packs this checkout, creates two console apps in fresh git repositories, one plain and one
// with Footsteps.Build, and measures both interleaved in one run: launch time and no-op build
// time. Prints medians and the ratio/difference against the plain app. No timing is asserted.
#:property TargetFramework=net10.0
#:property PublishAot=false
#:property TreatWarningsAsErrors=false
#:property ImplicitUsings=enable

using System.Diagnostics;

var launches = ArgOr("--launches", 40);
var builds = ArgOr("--builds", 6);
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

Console.WriteLine($"Packing Footsteps.Build from {repositoryRoot} ...");
Must(Run("dotnet", repositoryRoot, "pack", Path.Combine(repositoryRoot, "src", "Footsteps.Build.Runtime"), "-c", "Release", "-o", feed, "-nodeReuse:false"));

var plain = CreateApp("plain", withFootsteps: false);
var footsteps = CreateApp("footsteps", withFootsteps: true);

Console.WriteLine($"Launch: {launches} launches each, interleaved (Release apphost, FOOTSTEPS_NAME set)");
var plainLaunch = new List<double>();
var footstepsLaunch = new List<double>();
for (var i = 0; i < launches; i++)
{
    plainLaunch.Add(Time(() => Must(Run(plain.AppHost, plain.Directory))));
    footstepsLaunch.Add(Time(() => Must(Run(footsteps.AppHost, footsteps.Directory))));
}
Report("launch", plainLaunch, footstepsLaunch);

Console.WriteLine($"No-op build: {builds} builds each, interleaved (dotnet build -c Release --no-restore)");
var plainBuild = new List<double>();
var footstepsBuild = new List<double>();
for (var i = 0; i < builds; i++)
{
    plainBuild.Add(Time(() => Must(Run("dotnet", plain.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false"))));
    footstepsBuild.Add(Time(() => Must(Run("dotnet", footsteps.Directory, "build", "-c", "Release", "--no-restore", "-nodeReuse:false"))));
}
Report("no-op build", plainBuild, footstepsBuild);

Directory.Delete(work, recursive: true);
return 0;

App CreateApp(string name, bool withFootsteps)
{
    var directory = Path.Combine(work, name);
    Directory.CreateDirectory(directory);
    var reference = withFootsteps ? "<ItemGroup><PackageReference Include=\"Footsteps.Build\" Version=\"0.1.0\" /></ItemGroup>" : "";
    File.WriteAllText(Path.Combine(directory, name + ".csproj"),
        $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>{reference}</Project>");
    // The same small experiment: write one artifact, print one line (as experiments do, so both pay for the console).
    File.WriteAllText(Path.Combine(directory, "Program.cs"), withFootsteps
        ? "File.WriteAllText(Footsteps.OutputDir + \"out.txt\", \"1\");\nConsole.WriteLine(\"done\");\n"
        : "Directory.CreateDirectory(\"results/bench\"); File.WriteAllText(\"results/bench/out.txt\", \"1\");\nConsole.WriteLine(\"done\");\n");
    File.WriteAllText(Path.Combine(directory, "nuget.config"),
        $"<configuration><packageSources><add key=\"bench\" value=\"{feed}\" /></packageSources></configuration>");
    Must(Run("git", directory, "init", "-q"));
    Must(Run("git", directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "add", "-A"));
    Must(Run("git", directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "init"));
    Must(Run("dotnet", directory, "build", "-c", "Release", "-nodeReuse:false"));
    return new App(directory, Path.Combine(directory, "bin", "Release", "net10.0", name));
}

void Report(string what, List<double> baseline, List<double> measured)
{
    var b = Median(baseline);
    var m = Median(measured);
    Console.WriteLine($"  {what,-12} plain {b,8:F1} ms   with Footsteps {m,8:F1} ms   difference {m - b,+7:F1} ms   ratio {m / b:F3}x");
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalMilliseconds;
}

(int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] arguments)
{
    var startInfo = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
    foreach (var argument in arguments)
        startInfo.ArgumentList.Add(argument);
    foreach (var (key, value) in environment)
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

int ArgOr(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
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

record App(string Directory, string AppHost);
