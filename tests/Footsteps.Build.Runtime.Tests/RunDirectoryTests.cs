using FootstepsBuild.Runtime.Launch;

namespace FootstepsBuild.Tests.Runtime;

public sealed class RunDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "footsteps-runs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SecondRunWithSameName_GetsSuffixedDirectory()
    {
        using var first = RunDirectory.Claim(_root, "same");
        using var second = RunDirectory.Claim(_root, "same");

        Assert.Equal("same", first.Name);
        Assert.Equal("same-1", second.Name);
        Assert.Equal(Path.Combine(_root, "same-1"), second.FullPath);
    }

    [Fact]
    public void ManyEarlierRunsWithTheName_NextClaimGetsTheNextSuffix_AndAGapIsReused()
    {
        for (var i = 0; i < 37; i++)
            RunDirectory.Claim(_root, "sweep").Dispose();
        Directory.Delete(Path.Combine(_root, "sweep-36"), recursive: true);

        using var reused = RunDirectory.Claim(_root, "sweep");
        using var next = RunDirectory.Claim(_root, "sweep");

        Assert.Equal("sweep-36", reused.Name);
        Assert.Equal("sweep-37", next.Name);
    }

    [Fact]
    public void FolderFilledByHand_IsNeverWrittenInto()
    {
        Directory.CreateDirectory(Path.Combine(_root, "mine"));
        File.WriteAllText(Path.Combine(_root, "mine", "precious.csv"), "1");

        using var run = RunDirectory.Claim(_root, "mine");

        Assert.Equal("mine-1", run.Name);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "mine")));
    }

    [Fact]
    public void ParallelClaimsOfOneName_EachGetTheirOwnDirectory()
    {
        var claimed = new System.Collections.Concurrent.ConcurrentBag<RunDirectory>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 64 }, _ => claimed.Add(RunDirectory.Claim(_root, "sweep/same")));

        var names = claimed.Select(r => r.Name).ToList();
        Assert.Equal(64, names.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 64).Select(i => i == 0 ? "sweep/same" : $"sweep/same-{i}").OrderBy(n => n), names.OrderBy(n => n));
        foreach (var run in claimed)
            run.Dispose();
    }

    [Fact]
    public void OutputRootThatIsAFile_FailsAtOnce_NamingThePath()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "results");
        File.WriteAllText(file, "not a directory");

        var error = Assert.ThrowsAny<IOException>(() => RunDirectory.Claim(file, "x"));

        Assert.IsType<OutputRootUnusableException>(error);
        Assert.Contains(file, error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
