namespace FootstepsBuild.Tests.Tool;

/// <summary>
/// `footsteps verify`: the proof that a record is complete. A run restored elsewhere and rebuilt
/// gives the very assembly the run executed (same MVID), uncommitted changes and untracked file included.
/// </summary>
public sealed class VerifyTests : IClassFixture<RecordedExperiment>
{
    private readonly RecordedExperiment _experiment;

    public VerifyTests(RecordedExperiment experiment)
    {
        _experiment = experiment;
    }

    [Fact]
    public void Verify_RunWithUncommittedChangesAndUntrackedFile_IsIdentical()
    {
        var verify = _experiment.Footsteps("verify", "edited");

        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("identical: ", verify.StandardOutput);
        Assert.Contains(_experiment.Record("edited").EntryAssembly.Mvid!, verify.StandardOutput);
    }

    [Fact]
    public void Verify_RecordWhoseSourceCopyWasEdited_IsNotIdentical_ExitCode2()
    {
        var copy = _experiment.CopyRun("edited", "tampered", _ => { });
        File.WriteAllText(Path.Combine(copy, "Helper.cs"), RecordedExperiment.HelperSource.Replace("helper from", "edited helper from"));

        var verify = _experiment.Footsteps("verify", "tampered");

        Assert.True(verify.ExitCode == 2, verify.ToString());
        Assert.Contains("not identical", verify.StandardOutput);
        Assert.Contains("Helper.cs: differs from the copy the run's binary embedded", verify.StandardOutput);
    }
}
