namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// Serializes work that several test assemblies do at once (dotnet test runs them in parallel):
/// packing builds src/ in Release, and two packs writing the same obj/ would collide.
/// </summary>
public static class CrossProcessLock
{
    public static T Hold<T>(string name, Func<T> work)
    {
        var path = Path.Combine(Path.GetTempPath(), $"footsteps-tests-{name}.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (true)
        {
            try
            {
                using var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return work();
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                Thread.Sleep(200);
            }
        }
    }
}
