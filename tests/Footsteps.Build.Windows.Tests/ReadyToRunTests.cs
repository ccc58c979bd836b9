using System.Reflection.PortableExecutable;
using FootstepsBuild.Tests.Testing;
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

        // A path relative to the working directory reads the same to Windows and to Linux.
        var environment = JitSummary.Environment("jit.txt");
        environment["FOOTSTEPS_NAME"] = "precompiled";

        var run = WineProcess.Run(_experiment.Executable, Array.Empty<string>(), workingDirectory, environment: environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(workingDirectory, "results", "precompiled", "info.json")));
        var compiled = JitSummary.Methods(Path.Combine(workingDirectory, "jit.txt"));
        // The summary works: the program's own code (not precompiled) is in it.
        Assert.Contains(compiled, JitSummary.IsProgramsMain);
        Assert.DoesNotContain(compiled, JitSummary.IsRuntimes);
    }
}
