using System;
using Microsoft.Build.Framework;

namespace FootstepsBuild.Tasks;

/// <summary>
/// Remembers, for the life of the MSBuild process, that a build just collected a project's
/// facts. `dotnet run` builds and then computes its run arguments in the same process, so the
/// stale-binary check can skip asking git a second time for a binary built moments ago.
/// </summary>
internal static class FootstepsBuildMemory
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(2);

    public static void Remember(IBuildEngine4? engine, string fingerprintFile)
    {
        if (engine == null)
            return;
        engine.UnregisterTaskObject(Key(fingerprintFile), RegisteredTaskObjectLifetime.AppDomain);
        engine.RegisterTaskObject(Key(fingerprintFile), DateTime.UtcNow, RegisteredTaskObjectLifetime.AppDomain, allowEarlyCollection: false);
    }

    public static bool CollectedJustNow(IBuildEngine4? engine, string fingerprintFile) =>
        engine?.GetRegisteredTaskObject(Key(fingerprintFile), RegisteredTaskObjectLifetime.AppDomain) is DateTime at &&
        DateTime.UtcNow - at < FreshFor;

    private static string Key(string fingerprintFile) => "Footsteps.Collected:" + fingerprintFile;
}
