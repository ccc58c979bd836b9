namespace FootstepsBuild.Shared;

/// <summary>Defaults a project does not have to state (Footsteps.Build.props sets the MSBuild side of each).</summary>
internal static class Defaults
{
    /// <summary>Where run directories go, relative to the working directory at launch (FootstepsOutputRoot).</summary>
    public const string OutputRoot = "results";
}
