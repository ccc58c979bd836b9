using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>An IDE's internal console: stdin is a pipe that stays open and nobody ever writes to it.</summary>
public sealed class OpenPipeTests
{
    [Fact]
    public void StdinOpenButSilent_StartsTheProgramWithinASecond_NamedForTheLaunchTime()
    {
        var project = ConsumerProject.Console().InGitRepository();
        project.Build();
        var launched = DateTime.Now;
        var clock = Stopwatch.StartNew();

        using var program = new RunningProgram(project.AppHost, project.Directory, runName: null);
        program.WaitForOutput("Hello from the experiment");
        var untilTheProgramsCode = clock.Elapsed;

        // Was 10 s; a hang check with a wide margin, not a benchmark.
        Assert.True(untilTheProgramsCode < TimeSpan.FromSeconds(4), $"{untilTheProgramsCode}:\n{program.Output}");
        var name = Regex.Match(program.Output, @"Saving results to results/(\S+)/").Groups[1].Value;
        var named = DateTime.ParseExact(name, "yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture);
        Assert.InRange(named, launched.AddSeconds(-2), launched.AddSeconds(2));
    }
}
