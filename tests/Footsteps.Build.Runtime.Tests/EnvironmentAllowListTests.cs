using System.Collections;
using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Tests.Runtime;

public sealed class EnvironmentAllowListTests
{
    [Fact]
    public void OnlyListedNamesAndPrefixes_AreKept_AndSecretLookingNamesNever()
    {
        var picked = EnvironmentAllowList.Pick(new Hashtable
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
}
