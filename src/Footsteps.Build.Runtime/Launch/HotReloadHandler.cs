using System;
using System.Reflection.Metadata;
using FootstepsBuild.Runtime.Launch;

[assembly: MetadataUpdateHandler(typeof(HotReloadHandler))]

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// Called by the runtime each time `dotnet watch` (or an IDE) applies a hot reload update to the
/// running program: the record then says the code changed during the run, and how.
/// </summary>
internal static class HotReloadHandler
{
    /// <param name="updatedTypes">The types the update changed; null when the runtime does not say.</param>
    internal static void UpdateApplication(Type[]? updatedTypes) => Footsteps.NoteHotReload(updatedTypes);
}
