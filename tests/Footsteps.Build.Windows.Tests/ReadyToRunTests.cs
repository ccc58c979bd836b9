using System.Reflection.PortableExecutable;
using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>
/// A program published for win-x64 gets the package's precompiled (ReadyToRun) runtime, and
/// Windows runs it as it is: the runtime's JIT summary lists none of our methods.
/// </summary>
public sealed class ReadyToRunTests
{
    private const ushort Amd64 = 0x8664;

    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    [Fact]
    public void PublishedRuntime_IsThePrecompiledWindowsImage_AndNoneOfItIsJitCompiledUnderWine()
    {
        var runtime = Path.Combine(WindowsExperiment.PublishFolder(_experiment.Project.Directory), "Footsteps.Build.Runtime.dll");
        using (var image = new PEReader(File.OpenRead(runtime)))
        {
            Assert.Equal(Amd64, (ushort)image.PEHeaders.CoffHeader.Machine);
            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the published runtime has no ReadyToRun code");
        }
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.Run(_experiment.Executable, Array.Empty<string>(), workingDirectory, environment: new Dictionary<string, string?>
        {
            ["FOOTSTEPS_NAME"] = "precompiled",
            ["DOTNET_JitDisasmSummary"] = "1",
            ["DOTNET_JitStdOutFile"] = "jit.txt",
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(workingDirectory, "results", "precompiled", "info.json")));
        var compiled = File.ReadAllLines(Path.Combine(workingDirectory, "jit.txt"));
        // The summary works: the program's own code (not precompiled) is in it.
        Assert.Contains(compiled, line => line.Contains("Program:", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, line => line.Contains("FootstepsBuild.Runtime.", StringComparison.Ordinal) || line.Contains(" Footsteps:", StringComparison.Ordinal));
    }
}
