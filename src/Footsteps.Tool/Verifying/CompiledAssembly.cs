using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>The identity of an entry assembly (the rebuilt one, or the run's own): its MVID, and the facts its build embedded.</summary>
internal sealed record CompiledAssembly(Guid Mvid, BuildFacts Facts)
{
    public static CompiledAssembly Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Guid mvid;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }
        // Loaded only to read its resource (no code of it runs), with the runtime's own facts parser.
        var context = new AssemblyLoadContext("footsteps-verify", isCollectible: true);
        try
        {
            return new CompiledAssembly(mvid, BuildFacts.From(context.LoadFromStream(new MemoryStream(bytes))));
        }
        finally
        {
            context.Unload();
        }
    }
}
