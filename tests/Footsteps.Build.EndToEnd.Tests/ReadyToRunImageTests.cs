using System.IO.Compression;
using System.Reflection.PortableExecutable;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// The package's precompiled (ReadyToRun) copies of the runtime and the task assembly: one per
/// platform, each compiled for the platform its folder names. The runtime would silently reject
/// a mismatched image and JIT-compile the IL instead, so only the headers can tell.
/// </summary>
public sealed class ReadyToRunImageTests
{
    // A ReadyToRun image's COFF machine is the architecture's, XORed with a value per OS
    // (the runtime's pal/inc/rt/ntimage.h): that is how a loader tells a Linux image from a Windows one.
    private static readonly Dictionary<string, ushort> Architectures = new() { ["x64"] = 0x8664, ["arm64"] = 0xAA64 };
    private static readonly Dictionary<string, ushort> OperatingSystems = new() { ["win"] = 0, ["linux"] = 0x7B79, ["osx"] = 0x4644 };
    private const uint ReadyToRunSignature = 0x00525452; // "RTR"

    private static readonly string[] PlatformNames = { "linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64" };

    public static TheoryData<string> Platforms => new(PlatformNames);

    [Theory]
    [MemberData(nameof(Platforms))]
    public void PackageHoldsImagesCompiledForEachPlatform(string platform)
    {
        using var package = ZipFile.OpenRead(PackedFootsteps.Instance.PackagePath);
        var machine = (ushort)(Architectures[platform.Split('-')[1]] ^ OperatingSystems[platform.Split('-')[0]]);

        foreach (var path in new[] { $"runtimes/{platform}/lib/net10.0/Footsteps.Build.Runtime.dll", $"tasks/{platform}/Footsteps.Build.Tasks.dll" })
        {
            var entry = package.GetEntry(path);
            Assert.True(entry != null, $"{path} is not in the package");
            using var image = new PEReader(Read(entry));
            Assert.Equal(machine, (ushort)image.PEHeaders.CoffHeader.Machine);
            var nativeHeader = image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
            Assert.True(nativeHeader.Size > 0, $"{path} has no ReadyToRun header");
            Assert.Equal(ReadyToRunSignature, image.GetSectionData(nativeHeader.RelativeVirtualAddress).GetReader().ReadUInt32());
        }
    }

    [Fact]
    public void PackageHoldsNoImageForAPlatformNotListed()
    {
        using var package = ZipFile.OpenRead(PackedFootsteps.Instance.PackagePath);

        var platforms = package.Entries.Select(e => e.FullName.Split('/'))
            .Where(parts => parts[0] == "runtimes" || (parts[0] == "tasks" && parts[1] != "netstandard2.0"))
            .Select(parts => parts[1]).Distinct().OrderBy(p => p).ToList();

        Assert.Equal(PlatformNames.OrderBy(p => p), platforms);
    }

    // Both programs end by listing the assemblies loaded by then.
    private const string ListsItsAssemblies =
        "Console.WriteLine(\"Hello from the experiment\");\n" +
        "foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies()) Console.WriteLine(\"loaded: \" + loaded.GetName().Name);\n";

    [Fact]
    public void ProgramOnThisPlatform_RunsThePrecompiledRuntime_AndTheLaunchJitCompilesNoFrameworkCode_NorLoadsAFacade()
    {
        var program = ConsumerProject.Console().WithProgram(ListsItsAssemblies).InGitRepository();
        var plain = ConsumerProject.Console("<PropertyGroup><FootstepsEnabled>false</FootstepsEnabled></PropertyGroup>").WithProgram(ListsItsAssemblies).InGitRepository();
        program.Build();
        plain.Build();

        var (compiled, loaded) = JitCompiled(program);
        var (compiledByPlain, loadedByPlain) = JitCompiled(plain);

        // The summary works: the program's own code (not precompiled) is in it.
        Assert.Contains(compiled, JitSummary.IsProgramsMain);
        Assert.DoesNotContain(compiled, JitSummary.IsRuntimes);
        // Nor framework code the plain program does without (the launch rule, docs/design.md):
        // only the program's module initializer, the launch file compiled into it, and stubs.
        var added = compiled.Except(compiledByPlain)
            .Where(line => !line.Contains("<Module>", StringComparison.Ordinal) && !line.Contains("FootstepsBuild.Generated.", StringComparison.Ordinal)
                && !line.Contains("IL_STUB", StringComparison.Ordinal))
            .ToList();
        Assert.True(added.Count == 0, "JIT-compiled for the launch: " + string.Join("\n", added));
        // Nor a framework assembly but the one that holds List<T> and Dictionary<,>, and the facade
        // that names Thread (the run's own thread): another facade (System.Memory for
        // MemoryExtensions, System.Text.Encoding.Extensions for UTF8Encoding) costs every launch
        // its load and its pages.
        Assert.Equal(new[] { "Footsteps.Build.Runtime", "System.Collections", "System.Threading.Thread" }, loaded.Except(loadedByPlain).Order());
    }

    // The methods the runtime JIT-compiled in one run of the project's program, and the assemblies it listed.
    private static (List<string> Compiled, List<string> Loaded) JitCompiled(ConsumerProject project)
    {
        var summary = Path.Combine(project.Directory, "jit-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        var environment = JitSummary.Environment(summary);
        environment["FOOTSTEPS_NAME"] = "precompiled";
        var run = ProcessRunner.Run(project.AppHost, Array.Empty<string>(), project.Directory, null, environment);
        Assert.True(run.ExitCode == 0, run.ToString());
        var loaded = run.StandardOutput.Split('\n').Where(line => line.StartsWith("loaded: ", StringComparison.Ordinal))
            .Select(line => line["loaded: ".Length..].Trim()).ToList();
        Assert.NotEmpty(loaded);
        return (JitSummary.Methods(summary), loaded);
    }

    // PEReader needs a seekable stream; a zip entry's is not.
    private static MemoryStream Read(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var stream = entry.Open())
            stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
