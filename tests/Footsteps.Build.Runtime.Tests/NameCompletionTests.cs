using FootstepsBuild.Runtime.Naming;

namespace FootstepsBuild.Tests.Runtime;

public sealed class NameCompletionTests
{
    private readonly NameCompletion _completion = new(new[] { "baseline", "baseline-1", "sweep", "sweep/lr0.1", "sweep/lr0.2" });

    [Fact]
    public void UniquePrefix_CompletesToTheName() => Assert.Equal("baseline", _completion.Complete("ba"));

    [Fact]
    public void SharedPrefix_CompletesToWhatAllShare() => Assert.Equal("sweep/lr0.", _completion.Complete("sweep/"));

    [Fact]
    public void NoCandidate_LeavesTheTextAlone() => Assert.Equal("zzz", _completion.Complete("zzz"));

    [Fact]
    public void OutputRoot_OffersNestedRunFolders()
    {
        var root = Path.Combine(Path.GetTempPath(), "footsteps-complete-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "sweep", "lr0.1"));
        File.WriteAllText(Path.Combine(root, "sweep", "lr0.1", "info.txt"), "");
        try
        {
            Assert.Equal(new[] { "sweep", "sweep/lr0.1" }, NameCompletion.FromOutputRoot(root).CandidatesFor("s"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
