using System;
using System.IO;
using FootstepsBuild.Shared;
using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tasks.Facts;
using Microsoft.Build.Framework;

namespace FootstepsBuild.Tasks;

/// <summary>
/// Runs when `dotnet run` computes its run arguments. After a build in the same process it does
/// nothing; after `dotnet run --no-build` it compares the working tree with the state the binary
/// was built from and warns (FOOT1101) when they differ, since the run would record the old code.
/// </summary>
public sealed class WarnIfFootstepsBinaryStale : RepositoryTask
{
    [Required] public string ProjectFile { get; set; } = "";
    [Required] public string FingerprintFile { get; set; } = "";
    public string TargetPath { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(FingerprintFile) || FootstepsBuildMemory.CollectedJustNow(BuildEngine4, FingerprintFile))
            return true;

        string now;
        try
        {
            now = SourceStateFingerprint.Of(GitFactsReader.Read(Query()));
        }
        catch (InvalidOperationException)
        {
            // Git's answers could not be read: no warning rather than a broken `dotnet run`.
            return true;
        }
        if (!string.Equals(now, File.ReadAllText(FingerprintFile).Trim(), StringComparison.Ordinal))
        {
            Log.LogWarning(null, Diagnostics.StaleBinary, null, ProjectFile, 0, 0, 0, 0,
                "Footsteps: '{0}' was built from other code than the working tree holds now (commits, uncommitted or " +
                    "untracked files changed since). Its run record will describe the code it was built from. Run without --no-build to rebuild.",
                TargetPath);
        }
        return true;
    }
}
