using FootstepsBuild.Tasks;
using FootstepsBuild.Tests.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>Builds the two git-reading tasks the way the targets call them, for a project in a temp repository.</summary>
internal sealed class FactsTaskHarness
{
    public FactsTaskHarness(TempGitRepository repository, string projectDirectory = "app")
    {
        ProjectDirectory = Path.Combine(repository.Root, projectDirectory);
        Directory.CreateDirectory(ProjectDirectory);
        ProjectFile = Path.Combine(ProjectDirectory, "app.csproj");
        FactsFile = Path.Combine(ProjectDirectory, "obj", "footsteps", "build-facts.json");
        FingerprintFile = Path.Combine(ProjectDirectory, "obj", "footsteps", "source-state.txt");
    }

    public string ProjectDirectory { get; }
    public string ProjectFile { get; }
    public string FactsFile { get; }
    public string FingerprintFile { get; }
    public FakeBuildEngine Engine { get; private set; } = new();

    public string Facts => File.ReadAllText(FactsFile);

    /// <summary>Later tasks run as if in a new MSBuild process (nothing remembered).</summary>
    public FactsTaskHarness InNewProcess()
    {
        Engine = new FakeBuildEngine();
        return this;
    }

    /// <summary>Later tasks run in another build of the same MSBuild process.</summary>
    public FactsTaskHarness NextBuild()
    {
        Engine.EndBuild();
        return this;
    }

    public WriteFootstepsFacts WriteFacts(params ITaskItem[] sourceFiles) => new()
    {
        BuildEngine = Engine,
        ProjectDirectory = ProjectDirectory,
        ProjectFile = ProjectFile,
        FactsFile = FactsFile,
        FingerprintFile = FingerprintFile,
        Configuration = "Debug",
        TargetFramework = "net10.0",
        SdkVersion = "10.0.401",
        ExcludedPaths = ExcludedPaths(),
        SourceFiles = sourceFiles,
    };

    public WarnIfFootstepsBinaryStale WarnIfStale() => new()
    {
        BuildEngine = Engine,
        ProjectDirectory = ProjectDirectory,
        ProjectFile = ProjectFile,
        FingerprintFile = FingerprintFile,
        TargetPath = Path.Combine(ProjectDirectory, "bin", "app.dll"),
        ExcludedPaths = ExcludedPaths(),
    };

    /// <summary>Starts git at the beginning of the build, as the targets do.</summary>
    public StartFootstepsGit StartGit() => new()
    {
        BuildEngine = Engine,
        ProjectDirectory = ProjectDirectory,
        ExcludedPaths = ExcludedPaths(),
    };

    /// <summary>This project builds in the same MSBuild build (and node) as <paramref name="other"/>.</summary>
    public FactsTaskHarness UseEngineOf(FactsTaskHarness other)
    {
        Engine = other.Engine;
        return this;
    }

    // What the targets pass: bin/, obj/ and the output root, relative to the project.
    private static ITaskItem[] ExcludedPaths() => new ITaskItem[] { new TaskItem("bin/"), new TaskItem("obj/"), new TaskItem("results") };

    public static ITaskItem Source(string fullPath) => new TaskItem(fullPath);

    public static ITaskItem Package(string assetPath, string id, string version)
    {
        var item = new TaskItem(assetPath);
        item.SetMetadata("NuGetPackageId", id);
        item.SetMetadata("NuGetPackageVersion", version);
        return item;
    }
}
