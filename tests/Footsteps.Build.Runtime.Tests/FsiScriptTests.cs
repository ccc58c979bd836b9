using FootstepsBuild.Runtime.Launch;

namespace FootstepsBuild.Tests.Runtime;

public sealed class FsiScriptTests
{
    private const string FsiDll = "/usr/share/dotnet/sdk/10.0.401/FSharp/fsi.dll";

    private static string NewScript(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("footsteps-fsx-").FullName, "exp.fsx");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Of_ScriptUnderFsi_IsRerunByDotnetFsiWithFsisOptionsAndTheScriptsArguments()
    {
        var path = NewScript("printfn \"hi\"\n");

        var script = FsiScript.Of(new[] { path, "--lr", "0.1" }, "fsi", "/usr/share/dotnet/dotnet", new[] { FsiDll, "--quiet", path, "--lr", "0.1" });

        Assert.NotNull(script);
        Assert.Equal(new[] { "/usr/share/dotnet/dotnet", "fsi", "--quiet", path, "--lr", "0.1" }, script.CommandWords);
        Assert.Equal(new[] { "--lr", "0.1" }, script.Arguments);
        Assert.Equal("10.0.401", script.SdkVersion);
        var facts = script.Facts();
        Assert.Equal("run", facts.CollectedAt);
        Assert.Equal(path, facts.ScriptPath);
        Assert.True(facts.AutoStart);
    }

    [Fact]
    public void Facts_OfAScriptThatCallsInitialize_DoNotStartTheRunAtLaunch()
    {
        var path = NewScript("let dir = Footsteps.Initialize \"named\"\n");

        var script = FsiScript.Of(new[] { path }, "fsi", "/usr/bin/dotnet", new[] { FsiDll, path });

        Assert.False(script!.Facts().AutoStart);
    }

    [Theory]
    [InlineData("dotnet-interactive")]
    [InlineData(null)]
    public void Of_AnotherHost_IsNotAScriptRun(string? entryAssemblyName)
    {
        var path = NewScript("printfn \"hi\"\n");

        Assert.Null(FsiScript.Of(new[] { path }, entryAssemblyName, "/usr/bin/dotnet", new[] { FsiDll, path }));
    }

    [Fact]
    public void Of_AnInteractiveSession_IsNotAScriptRun()
    {
        Assert.Null(FsiScript.Of(Array.Empty<string>(), "fsi", "/usr/bin/dotnet", new[] { FsiDll }));
    }
}
