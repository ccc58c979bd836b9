using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tests.Runtime;

public sealed class ScriptPackageReferencesTests
{
    [Fact]
    public void Parse_ReadsPositionalAndKeyedReferences_AndIgnoresOtherDirectives()
    {
        var script = """
            #r "nuget: Footsteps.Build, 0.1.0"
              #r "nuget:FSharp.Data"
            #r @"lib/Local.dll"
            #r "NuGet: Include=Plotly.NET, Version=5.*"
            #i "nuget: /tmp/feed"
            // #r is a directive only at the start of a line: printfn "#r \"nuget: Not.This\""
            printfn "#r \"nuget: Nor.This\""
            """;

        var references = ScriptPackageReferences.Parse(script.Replace("\r", ""));

        Assert.Equal(new (string, string?)[] { ("Footsteps.Build", "0.1.0"), ("FSharp.Data", null), ("Plotly.NET", "5.*") }, references);
    }

    [Fact]
    public void Resolve_TakesThePinnedVersion_OrTheHighestRestoredOneAFloatingRequestAllows()
    {
        var root = Directory.CreateTempSubdirectory("footsteps-packages-").FullName;
        foreach (var version in new[] { "5.0.0", "5.10.0", "5.2.0", "6.0.0-beta.2", "4.9.9" })
            Directory.CreateDirectory(Path.Combine(root, "plotly.net", version));
        Directory.CreateDirectory(Path.Combine(root, "fsharp.data", "6.4.0"));
        Directory.CreateDirectory(Path.Combine(root, "fsharp.data", "6.6.0"));
        var script = "#r \"nuget: Plotly.NET, 5.*\"\n#r \"nuget: FSharp.Data\"\n#r \"nuget: FSharp.Data, 6.4.0\"\n#r \"nuget: Missing.Package, 1.0.0\"\n";

        var packages = ScriptPackageReferences.Resolve(script, root);

        Assert.Equal(new[] { ("Plotly.NET", "5.10.0"), ("FSharp.Data", "6.6.0"), ("FSharp.Data", "6.4.0"), ("Missing.Package", "1.0.0") }, packages);
    }

    [Theory]
    [InlineData("/nuget/footsteps.build/0.1.0/lib/net10.0/Footsteps.Build.Runtime.dll")]
    [InlineData("/nuget/footsteps.build/0.1.0/runtimes/linux-x64/lib/net10.0/Footsteps.Build.Runtime.dll")]
    public void PackagesRootAbove_FindsThePackagesFolderOfAPackageAssembly(string assemblyPath)
    {
        Assert.Equal("/nuget", ScriptPackageReferences.PackagesRootAbove(assemblyPath));
    }

    [Fact]
    public void PackagesRootAbove_AnAssemblyOutsideAPackage_IsUnknown()
    {
        Assert.Null(ScriptPackageReferences.PackagesRootAbove("/home/me/lib/Footsteps.Build.Runtime.dll"));
    }

    [Theory]
    [InlineData("1.10.0", "1.9.0")]
    [InlineData("1.0.0", "1.0.0-rc.1")]
    [InlineData("1.0.0-rc.10", "1.0.0-rc.2")]
    [InlineData("1.0.0-rc", "1.0.0-beta")]
    [InlineData("1.0.1", "1.0")]
    public void PackageVersionOrder_PutsTheFirstAboveTheSecond(string higher, string lower)
    {
        Assert.True(PackageVersionOrder.Compare(higher, lower) > 0);
        Assert.True(PackageVersionOrder.Compare(lower, higher) < 0);
    }

    [Fact]
    public void PackageVersionOrder_IgnoresBuildMetadataAndTrailingZeros()
    {
        Assert.Equal(0, PackageVersionOrder.Compare("1.0.0+abc", "1.0"));
    }
}
