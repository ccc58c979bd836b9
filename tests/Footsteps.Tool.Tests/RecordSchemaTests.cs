using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Tool;

/// <summary>Records the tool cannot read get a clear message and exit code 3, never a stack trace.</summary>
public sealed class RecordSchemaTests
{
    [Fact]
    public void NewerSchema_IsRefusedWithAClearMessage_ByShowAndList()
    {
        using var folder = TempGitRepository.CreateDirectoryOnly("footsteps-schema");
        folder.WriteFile("results/future/info.json", "{\"schema\": 99, \"name\": \"future\"}");

        var show = ProcessRunner.Run("dotnet", new[] { FootstepsTool.Dll, "show", "future" }, folder.Root);
        var list = ProcessRunner.Run("dotnet", new[] { FootstepsTool.Dll, "list" }, folder.Root);

        Assert.Equal(3, show.ExitCode);
        Assert.Contains("schema 99", show.StandardError);
        Assert.Contains("Update Footsteps", show.StandardError);
        Assert.DoesNotContain("   at ", show.AllOutput);
        Assert.Equal(3, list.ExitCode);
        Assert.Contains("schema 99", list.StandardError);
    }

    [Fact]
    public void BrokenRecord_IsReportedNotThrown()
    {
        using var folder = TempGitRepository.CreateDirectoryOnly("footsteps-schema");
        folder.WriteFile("results/broken/info.json", "{ this is not json");

        var show = ProcessRunner.Run("dotnet", new[] { FootstepsTool.Dll, "show", "results/broken" }, folder.Root);

        Assert.Equal(3, show.ExitCode);
        Assert.Contains("not a readable run record", show.StandardError);
    }
}
