using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// The packages an F# script references (<c>#r "nuget: Id, Version"</c>) and the versions F#
/// Interactive resolved them to. fsi says nothing of what it resolved, so the version is read
/// from the NuGet packages folder it restored into: the folder of a package's loaded assembly
/// when there is one, else the pinned version, else the highest version there that the request
/// allows (what a floating request resolves to once restored).
/// </summary>
internal static class ScriptPackageReferences
{
    private const string Directive = "#r";
    private const string NuGetScheme = "nuget:";

    /// <summary>The script's packages, resolved in the packages folder this runtime was loaded from.</summary>
    public static List<(string Name, string Version)> Resolve(string scriptText) =>
        Resolve(scriptText, PackagesRootAbove(LocationOf(typeof(ScriptPackageReferences).Assembly)));

    /// <param name="scriptText">The script.</param>
    /// <param name="packagesRoot">The NuGet packages folder fsi restored into (null: unknown).</param>
    public static List<(string Name, string Version)> Resolve(string scriptText, string? packagesRoot)
    {
        var loaded = LoadedPackageVersions(packagesRoot);
        var packages = new List<(string, string)>();
        foreach (var (id, requested) in Parse(scriptText))
        {
            var version = loaded.TryGetValue(id, out var found) ? found : Restored(packagesRoot, id, requested);
            packages.Add((id, version ?? requested ?? "unknown"));
        }
        return packages;
    }

    /// <summary>The <c>#r "nuget: …"</c> references of a script, in order: the id and the requested version (null when none).</summary>
    public static List<(string Id, string? Version)> Parse(string scriptText)
    {
        var references = new List<(string, string?)>();
        foreach (var rawLine in scriptText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith(Directive, StringComparison.Ordinal))
                continue;
            var rest = line.Substring(Directive.Length).TrimStart();
            if (rest.Length == line.Length - Directive.Length || !rest.StartsWith('"'))
                continue;
            var end = rest.IndexOf('"', 1);
            if (end < 0)
                continue;
            var reference = rest.Substring(1, end - 1).Trim();
            if (!reference.StartsWith(NuGetScheme, StringComparison.OrdinalIgnoreCase))
                continue;
            var parsed = ParseReference(reference.Substring(NuGetScheme.Length));
            if (parsed != null)
                references.Add(parsed.Value);
        }
        return references;
    }

    // "Id", "Id, 1.2.3" or the keyed form "Include=Id, Version=1.2.3".
    private static (string, string?)? ParseReference(string text)
    {
        string? id = null;
        string? version = null;
        var parts = text.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var equals = part.IndexOf('=');
            var key = equals < 0 ? (i == 0 ? "include" : i == 1 ? "version" : "") : part.Substring(0, equals).Trim().ToLowerInvariant();
            var value = equals < 0 ? part : part.Substring(equals + 1).Trim();
            if (key == "include")
                id = value;
            else if (key == "version" && value.Length > 0)
                version = value;
        }
        return string.IsNullOrEmpty(id) ? null : (id!, version);
    }

    // <root>/<id>/<version>/lib/<tfm>/X.dll or <root>/<id>/<version>/runtimes/<rid>/lib/<tfm>/X.dll.
    public static string? PackagesRootAbove(string assemblyPath)
    {
        string? assetsDirectory = null;
        var directory = Path.GetDirectoryName(assemblyPath);
        for (var level = 0; level < 4 && directory != null; level++)
        {
            var name = Path.GetFileName(directory);
            if ((level == 1 && name == "lib") || (level == 3 && name == "runtimes"))
                assetsDirectory = directory;
            directory = Path.GetDirectoryName(directory);
        }
        var versionDirectory = assetsDirectory == null ? null : Path.GetDirectoryName(assetsDirectory);
        var idDirectory = versionDirectory == null ? null : Path.GetDirectoryName(versionDirectory);
        return idDirectory == null ? null : Path.GetDirectoryName(idDirectory);
    }

    private static Dictionary<string, string> LoadedPackageVersions(string? packagesRoot)
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (packagesRoot == null)
            return versions;
        var prefix = packagesRoot + Path.DirectorySeparatorChar;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.IsDynamic || !LocationOf(assembly).StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var relative = LocationOf(assembly).Substring(prefix.Length).Split(Path.DirectorySeparatorChar);
            if (relative.Length > 2)
                versions.TryAdd(relative[0], relative[1]);
        }
        return versions;
    }

    // Empty for a single-file or AOT program, which is never F# Interactive.
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location matches no package folder.")]
    private static string LocationOf(Assembly assembly) => assembly.Location;

    private static string? Restored(string? packagesRoot, string id, string? requested)
    {
        if (packagesRoot == null)
            return null;
        var idDirectory = Path.Combine(packagesRoot, id.ToLowerInvariant());
        if (!Directory.Exists(idDirectory))
            return null;
        if (requested != null && !requested.Contains('*'))
            return Directory.Exists(Path.Combine(idDirectory, requested.ToLowerInvariant())) ? requested : null;
        var floatingPrefix = requested == null ? "" : requested.TrimEnd('*').TrimEnd('-');
        var allowsPrerelease = requested != null && requested.Contains('-');
        string? highest = null;
        foreach (var path in Directory.GetDirectories(idDirectory))
        {
            var version = Path.GetFileName(path);
            if (!version.StartsWith(floatingPrefix, StringComparison.OrdinalIgnoreCase))
                continue;
            if (version.Contains('-') && !allowsPrerelease)
                continue;
            if (highest == null || PackageVersionOrder.Compare(version, highest) > 0)
                highest = version;
        }
        return highest;
    }
}
