using FootstepsBuild.Shared;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>How the project was built: what the SDK and the project say, nothing machine-specific.</summary>
internal sealed class BuildSettings
{
    public string Configuration { get; set; } = "";
    public string TargetFramework { get; set; } = "";
    public string RuntimeIdentifier { get; set; } = "";
    public string SdkVersion { get; set; } = "";

    /// <summary>The project file relative to the repository root (or its file name outside one).</summary>
    public string ProjectPath { get; set; } = "";
    public bool AutoStart { get; set; } = true;
    public string OutputRoot { get; set; } = Defaults.OutputRoot;
}
