using FootstepsBuild.Shared.Git;
using FootstepsBuild.Tasks.Facts;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tasks;

/// <summary>What the task writes is the contract the runtime reads (see <see cref="BuildFactsContract"/>).</summary>
public sealed class BuildFactsDocumentTests
{
    [Fact]
    public void EveryFieldTheTaskWrites_IsTheContractDocument()
    {
        var git = new GitFacts
        {
            Commit = BuildFactsContract.Commit,
            Describe = BuildFactsContract.Describe,
            Branch = BuildFactsContract.Branch,
            Remote = BuildFactsContract.Remote,
            WebLink = BuildFactsContract.WebLink,
            Diff = BuildFactsContract.Diff,
            DiffTruncated = true,
            Problem = new GitProblem(BuildFactsContract.ProblemCode, BuildFactsContract.ProblemMessage),
        };
        git.Untracked.AddRange(BuildFactsContract.Untracked);
        var build = new BuildSettings
        {
            Configuration = BuildFactsContract.Configuration,
            TargetFramework = BuildFactsContract.TargetFramework,
            RuntimeIdentifier = BuildFactsContract.RuntimeIdentifier,
            SdkVersion = BuildFactsContract.SdkVersion,
            ProjectPath = BuildFactsContract.ProjectPath,
            AutoStart = false,
            OutputRoot = BuildFactsContract.OutputRoot,
        };
        var sources = new[]
        {
            new SourceFile(BuildFactsContract.SourcePath, BuildFactsContract.SourceContent, null),
            new SourceFile(BuildFactsContract.SkippedPath, null, BuildFactsContract.SkippedReason),
        };
        var packages = new[] { new PackageVersion(BuildFactsContract.PackageName, BuildFactsContract.PackageVersion) };

        var json = BuildFactsDocument.Render(build, git, sources, packages);

        Assert.Equal(BuildFactsContract.Json, json);
    }
}
