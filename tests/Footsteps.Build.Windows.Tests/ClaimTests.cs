using FootstepsBuild.Tests.Windows.Wine;

namespace FootstepsBuild.Tests.Windows;

/// <summary>The claim of a run directory (creating info.txt with CREATE_NEW) under Windows' file API.</summary>
public sealed class ClaimTests
{
    private readonly WindowsExperiment _experiment = WindowsExperiment.Instance;

    [Fact]
    public async Task SimultaneousLaunchesWithOneName_NeverShareADirectory_TheOthersGetSuffixes()
    {
        var workingDirectory = _experiment.NewWorkingDirectory();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => WineProcess.RunNamed(_experiment.Executable, "same", workingDirectory))));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        var names = new[] { "same", "same-1", "same-2", "same-3" };
        Assert.Equal(names, Directory.GetDirectories(Path.Combine(workingDirectory, "results")).Select(Path.GetFileName).Order());
        var records = names.Select(name => WindowsExperiment.Record(workingDirectory, name)).ToList();
        Assert.Equal(4, records.Select(record => record.Process.Pid).Distinct().Count());
        Assert.All(names, name => Assert.StartsWith("Command:\n", WindowsExperiment.InfoTxt(workingDirectory, name)));
    }
}
