using System.Runtime.InteropServices;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// The package carries the task assembly twice: precompiled (ReadyToRun) for MSBuild on .NET,
/// linux-x64, and as plain IL for every other MSBuild. Both must record the same facts.
/// </summary>
public sealed class TaskAssemblyTests
{
    [Fact]
    public void PrecompiledTasks_AreChosenOnlyWhereTheyWereCompiledFor()
    {
        var project = ConsumerProject.Console().InGitRepository();
        Assert.Equal(0, project.Dotnet(null, "restore").ExitCode);

        var chosen = project.Dotnet(null, "msbuild", "-nodeReuse:false", "-getProperty:_FootstepsTasksAssembly").StandardOutput.Trim().Replace('\\', '/');

        // The SDK's platform is the one its MSBuild (and this test host) runs on.
        var precompiledHere = RuntimeInformation.RuntimeIdentifier == "linux-x64";
        Assert.EndsWith(precompiledHere ? "/tasks/linux-x64/Footsteps.Build.Tasks.dll" : "/tasks/netstandard2.0/Footsteps.Build.Tasks.dll", chosen);
        // ReadyToRun code lives in the managed native header; the IL assembly has none.
        using var file = File.OpenRead(chosen);
        using var image = new System.Reflection.PortableExecutable.PEReader(file);
        Assert.Equal(precompiledHere, image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

    [Fact]
    public void IlTasks_AsOtherPlatformsLoadThem_RecordTheCommitAndTheDiff()
    {
        var project = ConsumerProject.Console().InGitRepository();
        var commit = project.Git("rev-parse", "HEAD");
        project.WriteFile("Program.cs", "Console.WriteLine(\"changed for the IL tasks\");\n");
        // A path that does not exist: the targets fall back to the IL assembly, as on Windows or macOS.
        var forceIl = "-p:_FootstepsReadyToRunTasksAssembly=" + Path.Combine(project.Directory, "no-such-tasks.dll");

        project.Build(forceIl);
        var chosen = project.Dotnet(null, "msbuild", "-nodeReuse:false", forceIl, "-getProperty:_FootstepsTasksAssembly").StandardOutput.Trim().Replace('\\', '/');
        var run = project.RunProgram("il\n");

        Assert.EndsWith("/tasks/netstandard2.0/Footsteps.Build.Tasks.dll", chosen);
        Assert.True(run.ExitCode == 0, run.ToString());
        var info = File.ReadAllText(Path.Combine(project.RunDirectory("il"), "info.txt"));
        Assert.Contains(commit[..7], info);
        Assert.Contains("+Console.WriteLine(\"changed for the IL tasks\");", info);
    }
}
