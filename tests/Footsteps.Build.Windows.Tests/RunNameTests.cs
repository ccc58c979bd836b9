using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>Names that mean something else to Windows, given as a Windows user would, become these directories.</summary>
public sealed class RunNameTests
{
    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    // CON, NUL, AUX are devices in every directory (aux.txt too): a run named so would write
    // to the console or to nowhere. "a:b" would be a stream of file "a"; trailing dots and
    // spaces Windows drops itself, so "x." and "x" would be one directory.
    [Theory]
    [InlineData("CON", "_CON")]
    [InlineData("aux.txt", "_aux.txt")]
    [InlineData("nul", "_nul")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData("a:b", "b")]
    [InlineData(@"..\..\x", "x")]
    [InlineData(@"C:\Windows\x", "Windows/x")]
    [InlineData(@"nest\deep", "nest/deep")]
    public void NameFromFootstepsName_BecomesThisDirectoryUnderResults(string name, string directory)
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.RunNamed(_experiment.Executable, name, workingDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(directory, WindowsExperiment.Record(workingDirectory, directory).Name);
        var onlyDirectory = Path.Combine(workingDirectory, "results", directory.Replace('/', Path.DirectorySeparatorChar));
        Assert.All(Directory.GetFiles(workingDirectory, "*", SearchOption.AllDirectories), file => Assert.StartsWith(onlyDirectory + "/", file));
    }

    [Fact]
    public void PipedNameWithCrlf_NamesTheRunWithoutTheCarriageReturn()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.Run(_experiment.Executable, Array.Empty<string>(), workingDirectory, standardInput: "baseline\r\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "baseline" }, Directory.GetDirectories(Path.Combine(workingDirectory, "results")).Select(Path.GetFileName));
        Assert.Equal("baseline", WindowsExperiment.Record(workingDirectory, "baseline").RequestedName);
    }

    [Fact]
    public void FootstepsName_WinsOverAPipedName()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var run = WineProcess.Run(_experiment.Executable, Array.Empty<string>(), workingDirectory, standardInput: "from-pipe\r\n",
            environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "from-variable" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "from-variable" }, Directory.GetDirectories(Path.Combine(workingDirectory, "results")).Select(Path.GetFileName));
    }
}
