namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// A fresh console project that references the packed Footsteps.Build from a local feed, as a
/// newcomer's would: `dotnet new console`, no .gitignore (bin/ and obj/ stay untracked).
/// Reads like a sentence: <c>ConsumerProject.Console().WithProgram(code).InGitRepository()</c>.
/// </summary>
public sealed class ConsumerProject
{
    public const string Name = "exp";

    private readonly PackedFootsteps _package = PackedFootsteps.Instance;
    private string _program = "Console.WriteLine(\"Hello from the experiment\");\n";
    private readonly string _extraProjectXml = "";
    private readonly string _extension;

    private ConsumerProject(string extraProjectXml = "", string extension = "cs")
    {
        _extraProjectXml = extraProjectXml;
        _extension = extension;
        Directory = Path.Combine(_package.Root, Guid.NewGuid().ToString("N")[..8], Name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The project directory (also the repository root when in git).</summary>
    public string Directory { get; }

    public string AppHost => Path.Combine(Directory, "bin", "Debug", "net10.0", Name);
    public string AppDll => AppHost + ".dll";

    public static ConsumerProject Console(string extraProjectXml = "") => new(extraProjectXml);

    /// <summary>
    /// A monorepo in small: the program at the root references <c>lib/lib.csproj</c> (namespace
    /// Lib, one tracked class), its own items leaving lib/ out.
    /// </summary>
    public static ConsumerProject ConsoleWithLibrary() =>
        Console("<PropertyGroup><DefaultItemExcludes>$(DefaultItemExcludes);lib/**</DefaultItemExcludes></PropertyGroup>" +
                "<ItemGroup><ProjectReference Include=\"lib/lib.csproj\" /></ItemGroup>")
            .WriteFile("lib/lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n")
            .WriteFile("lib/Tracked.cs", "namespace Lib;\npublic static class Tracked { }\n");

    /// <summary>A console project in "cs", "fs" (F#, <c>Program.fs</c>) or "vb"; <see cref="WithProgram"/> takes its code.</summary>
    public static ConsumerProject ConsoleIn(string extension, string extraProjectXml = "") => new(extraProjectXml, extension);

    /// <summary>A program in the language of <paramref name="extension"/> that prints <paramref name="line"/>.</summary>
    public static string PrintingProgram(string extension, string line) => extension switch
    {
        "fs" => $"printfn \"{line}\"\n",
        "vb" => VisualBasicProgram($"System.Console.WriteLine(\"{line}\")"),
        _ => $"Console.WriteLine(\"{line}\");\n",
    };

    /// <summary>A VB program whose Main runs <paramref name="statements"/>.</summary>
    public static string VisualBasicProgram(string statements) =>
        $"Module Program\n    Sub Main()\n        {statements.Replace("\n", "\n        ")}\n    End Sub\nEnd Module\n";

    public ConsumerProject WithProgram(string code)
    {
        _program = code;
        return this;
    }

    /// <summary>Writes the project files, then `git init` and one commit of everything.</summary>
    public ConsumerProject InGitRepository() => WriteProjectFiles().CommitEverything();

    /// <summary>A folder for scripts (`dotnet run exp.cs`, `dotnet fsi exp.fsx`): the local feed, in a git repository, and no project file.</summary>
    public static ConsumerProject ScriptFolder()
    {
        var folder = new ConsumerProject();
        folder.WriteNuGetConfig();
        return folder.CommitEverything();
    }

    /// <summary>Writes the project files with no repository around them.</summary>
    public ConsumerProject WithoutGit() => WriteProjectFiles();

    public ConsumerProject WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public string Git(params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, Directory);
        Assert.True(result.ExitCode == 0, $"git {string.Join(" ", arguments)}: {result}");
        return result.StandardOutput.Trim();
    }

    /// <summary>Runs the dotnet CLI in the project directory with the test's private NuGet cache.</summary>
    public ProcessResult Dotnet(string? standardInput, params string[] arguments) =>
        DotnetWith(new Dictionary<string, string?>(), standardInput, arguments);

    /// <summary>As <see cref="Dotnet"/>, with some environment variables changed (a value of null removes one).</summary>
    public ProcessResult DotnetWith(IReadOnlyDictionary<string, string?> environment, string? standardInput, params string[] arguments)
    {
        var merged = SdkEnvironment();
        foreach (var (name, value) in environment)
            merged[name] = value;
        return ProcessRunner.Run(DotnetExecutable, arguments, Directory, standardInput, merged);
    }

    /// <summary>The dotnet of this machine, by full path, so a test may hand the child a PATH without it (or without git).</summary>
    public static string DotnetExecutable { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "dotnet"))
            .FirstOrDefault(File.Exists) ?? "dotnet";

    /// <summary>An F# script that references the package under test as a user's would, then runs <paramref name="body"/>.</summary>
    public static string FsiScript(string body) => $"#r \"nuget: Footsteps.Build, {PackedFootsteps.Version}\"\n{body}";

    /// <summary>
    /// Runs `dotnet fsi` in the folder. F# Interactive caches how it resolved a script's packages
    /// under HOME, keyed by the references: a HOME of this test run's keeps it from loading the
    /// 0.1.0 of an earlier run whose packages folder still exists.
    /// </summary>
    public ProcessResult Fsi(string? standardInput, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var merged = new Dictionary<string, string?>(FsiEnvironment());
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            merged[name] = value;
        return DotnetWith(merged, standardInput, new[] { "fsi" }.Concat(arguments).ToArray());
    }

    /// <summary>The environment `dotnet fsi` gets in these tests (see <see cref="Fsi"/>).</summary>
    public Dictionary<string, string?> FsiEnvironment()
    {
        var environment = SdkEnvironment();
        environment["HOME"] = System.IO.Directory.CreateDirectory(Path.Combine(_package.Root, "fsi-home")).FullName;
        return environment;
    }

    public ProcessResult Build(params string[] extraArguments)
    {
        var result = Dotnet(null, new[] { "build", "-nodeReuse:false" }.Concat(extraArguments).ToArray());
        Assert.True(result.ExitCode == 0, "dotnet build failed: " + result);
        return result;
    }

    /// <summary>Runs the built program directly (no SDK in between), as a batch job would.</summary>
    public ProcessResult RunProgram(string? standardInput, string? workingDirectory = null, string? runName = null, string program = "", params string[] arguments) =>
        ProcessRunner.Run(program.Length > 0 ? program : AppHost, arguments, workingDirectory ?? Directory, standardInput,
            runName == null ? null : new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = runName });

    public string RunDirectory(string runName, string? workingDirectory = null) =>
        Path.Combine(workingDirectory ?? Directory, "results", runName);

    private ConsumerProject WriteProjectFiles()
    {
        var extension = _extension;
        var sources = extension == "fs" ? "<ItemGroup><Compile Include=\"Program.fs\" /></ItemGroup>" : "";
        WriteFile($"{Name}.{extension}proj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Footsteps.Build" Version="{PackedFootsteps.Version}" />
              </ItemGroup>
            {sources}
            {_extraProjectXml}
            </Project>
            """);
        WriteFile($"Program.{extension}", _program);
        return WriteNuGetConfig();
    }

    private ConsumerProject WriteNuGetConfig()
    {
        WriteFile("nuget.config", $"""
            <configuration>
              <packageSources>
                <add key="footsteps-under-test" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        return this;
    }

    private ConsumerProject CommitEverything()
    {
        TempGitRepository.InitializeIn(Directory);
        Git("add", "-A");
        Git("commit", "-q", "-m", "init");
        return this;
    }

    /// <summary>The environment the dotnet CLI gets in these tests: the private NuGet cache, no telemetry, no node reuse.</summary>
    public Dictionary<string, string?> SdkEnvironment() => new()
    {
        ["NUGET_PACKAGES"] = _package.PackagesCache,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        // The test host's own MSBuild settings must not steer the consumer's build.
        ["MSBuildSDKsPath"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
    };
}
