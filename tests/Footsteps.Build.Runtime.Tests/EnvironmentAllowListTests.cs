using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class EnvironmentAllowListTests
{
    [Fact]
    public void OnlyListedNamesAndPrefixes_AreKept_AndSecretLookingNamesNever()
    {
        var picked = EnvironmentAllowList.Pick(new Dictionary<string, string>
        {
            ["CUDA_VISIBLE_DEVICES"] = "0",
            ["OMP_NUM_THREADS"] = "4",
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_NUGET_API_KEY"] = "k",
            ["GITHUB_TOKEN"] = "t",
            ["AWS_SECRET_ACCESS_KEY"] = "s",
            ["HOME"] = "/root",
        });

        Assert.Equal(new[] { "CUDA_VISIBLE_DEVICES", "DOTNET_TieredPGO", "OMP_NUM_THREADS" }, picked.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("MY_TOKEN")]
    [InlineData("api_key")]
    [InlineData("DB_PASSWORD")]
    [InlineData("DOTNET_SECRET")]
    public void SecretLookingNames_AreRecognised(string name) => Assert.True(EnvironmentAllowList.LooksSecret(name));

    // The details are gathered on a thread of their own, often after the run has set
    // FOOTSTEPS_PARENT_RUN to its own directory for its children: a run is not its own child.
    [Fact]
    public void RunThatBecameAParent_RecordsTheParentRunItWasStartedWith_NotItsOwnDirectory()
    {
        var before = Environment.GetEnvironmentVariable(ParentRun.DirectoryVariable);
        try
        {
            Environment.SetEnvironmentVariable(ParentRun.DirectoryVariable, "/results/parent");
            var pending = PendingRunDetails.Start(null, BuildFacts.From(null), beforeProgramCode: false);
            ParentRun.BecomeParent("/results/parent/children/this-run");

            Assert.Equal("/results/parent", pending.Wait(TimeSpan.FromSeconds(10))?.Environment[ParentRun.DirectoryVariable]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ParentRun.DirectoryVariable, before);
            Environment.SetEnvironmentVariable(ParentRun.NameVariable, null);
        }
    }
}
