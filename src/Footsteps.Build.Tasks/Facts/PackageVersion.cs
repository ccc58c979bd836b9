namespace FootstepsBuild.Tasks.Facts;

/// <summary>A resolved NuGet package of the project.</summary>
internal sealed class PackageVersion
{
    public PackageVersion(string name, string version)
    {
        Name = name;
        Version = version;
    }

    public string Name { get; }
    public string Version { get; }
}
