using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>Programs started by a recorded run never prompt; their records nest in the parent's run.</summary>
public sealed class ChildProcessTests
{
    private const string ParentAndChildren = """
        using System.Diagnostics;

        if (args.Length > 0)
        {
            File.WriteAllText(Footsteps.OutputDir + "child.txt", args[0]);
            Console.WriteLine($"{args[0]} done");
            return;
        }
        Start("unnamed", null);
        Start("named", "its-own-name");
        File.WriteAllText(Footsteps.OutputDir + "parent.txt", "parent");
        Console.WriteLine("parent done");

        static void Start(string mode, string? name)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, mode) { UseShellExecute = false };
            if (name != null)
                start.Environment["FOOTSTEPS_NAME"] = name;
            using var child = Process.Start(start)!;
            child.WaitForExit();
        }
        """;

    [Fact]
    public void AChildWithoutAName_NestsInTheParentsRun_WithoutPrompting_AndANamedChildRunsOnItsOwn()
    {
        var project = ConsumerProject.Console().WithProgram(ParentAndChildren).InGitRepository();
        project.Build();

        var run = project.RunProgram("parent\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.StandardError.Split("Input name of experiment:").Skip(1));
        var parent = project.RunDirectory("parent");
        var child = Path.Combine(parent, "children", ConsumerProject.Name);
        Assert.Equal("unnamed", File.ReadAllText(Path.Combine(child, "child.txt")));
        var childRecord = RunRecordFile.Read(Path.Combine(child, InfoJsonFile.FileName));
        Assert.Equal(RunStatus.Completed, childRecord.Status);
        Assert.Equal(parent, childRecord.Environment["FOOTSTEPS_PARENT_RUN"]);
        Assert.Equal("named", File.ReadAllText(Path.Combine(project.RunDirectory("its-own-name"), "child.txt")));
        var parentRecord = RunRecordFile.Read(Path.Combine(parent, InfoJsonFile.FileName));
        Assert.Equal(new[] { "children/" + ConsumerProject.Name }, parentRecord.Children);
    }

    private const string Benchmark = """
        using BenchmarkDotNet.Attributes;
        using BenchmarkDotNet.Running;

        BenchmarkRunner.Run<Sums>();
        File.WriteAllText(Footsteps.OutputDir + "benchmarked.txt", "yes");

        [DryJob]
        public class Sums
        {
            [Benchmark]
            public int Sum()
            {
                var sum = 0;
                for (var i = 0; i < 100; i++)
                    sum += i;
                return sum;
            }
        }
        """;

    // BenchmarkDotNet builds and starts a runner that references the program, so the package
    // reaches it transitively; the runner talks to its host over stdin and stdout.
    [Fact]
    public void BenchmarkDotNetsRunner_IsRecordedInsideTheBenchmarkRun_AndNeverPrompts()
    {
        var project = ConsumerProject.Console("""<ItemGroup><PackageReference Include="BenchmarkDotNet" Version="0.15.8" /></ItemGroup>""")
            .WithProgram(Benchmark).InGitRepository();
        project.Build("-c", "Release");

        var run = project.DotnetWith(new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = "bench" }, null,
            "run", "-c", "Release", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Input name of experiment:", run.AllOutput);
        var parent = project.RunDirectory("bench");
        Assert.Equal("yes", File.ReadAllText(Path.Combine(parent, "benchmarked.txt")));
        var parentRecord = RunRecordFile.Read(Path.Combine(parent, InfoJsonFile.FileName));
        Assert.NotEmpty(parentRecord.Children);
        foreach (var child in parentRecord.Children)
            Assert.Equal(RunStatus.Completed, RunRecordFile.Read(Path.Combine(parent, child, InfoJsonFile.FileName)).Status);
        Assert.Empty(Directory.GetFiles(Path.Combine(project.Directory, "bin"), InfoJsonFile.FileName, SearchOption.AllDirectories));
    }
}
