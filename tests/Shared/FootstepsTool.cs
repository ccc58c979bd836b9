namespace FootstepsBuild.Tests.Testing;

/// <summary>Where the footsteps tool of this checkout is: built beside the tests (same configuration), or packed and installed.</summary>
public static class FootstepsTool
{
    // bin/<Configuration>/net8.0/ of the tool: the tool project was built in the same configuration.
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string Dll { get; } = Path.Combine(PackedFootsteps.RepositoryRoot, "src", "Footsteps.Tool", "bin", Configuration, "net8.0", "footsteps.dll");

    public static string ProjectPath { get; } = Path.Combine("src", "Footsteps.Tool", "Footsteps.Tool.csproj");
}
