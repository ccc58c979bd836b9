using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace FootstepsBuild.Shared.CommandLine;

/// <summary>
/// Finds a program by name the way a shell does: in the PATH directories, and nowhere else.
/// Process.Start given a bare name looks in the current directory before PATH (CreateProcess
/// on Windows, and .NET does the same on Unix), and MSBuild runs a project's tasks in the
/// project's directory: a <c>git</c> or <c>git.exe</c> committed to a cloned repository would
/// run with the user's rights at its first build. Example: <c>ProgramOnPath.Find("git")</c>
/// gives <c>/usr/bin/git</c> or <c>C:\Program Files\Git\cmd\git.exe</c>.
/// </summary>
internal static class ProgramOnPath
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    // What was found, by name and PATH: a build asks for git once per git command, and one
    // MSBuild node runs many builds. A hit is checked again (one stat instead of one per PATH
    // entry); what was not found is looked for again, as it may have been installed since.
    private static readonly Dictionary<string, string> Found = new(StringComparer.Ordinal);

    /// <returns>The program's full path; a name holding a directory as it is; null when no PATH directory holds it.</returns>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var key = name + "\0" + path;
        lock (Found)
        {
            if (Found.TryGetValue(key, out var known) && File.Exists(known))
                return known;
        }
        var found = Find(name, path, IsWindows, File.Exists);
        if (found != null)
        {
            lock (Found)
                Found[key] = found;
        }
        return found;
    }

    /// <param name="name">A bare program name (<c>git</c>), or a path, which is taken as it is.</param>
    /// <param name="path">The PATH variable's value.</param>
    /// <param name="forWindows">Windows' rules: PATH split at ';', entries may be quoted, <c>git</c> means <c>git.exe</c>.</param>
    /// <param name="fileExists">Tells whether a file exists (File.Exists, or a test's stand-in).</param>
    public static string? Find(string name, string? path, bool forWindows, Func<string, bool> fileExists)
    {
        if (HoldsDirectory(name, forWindows))
            return name;
        // CreateProcess appends .exe to a name without extension; a .cmd shim it cannot start directly.
        var fileName = forWindows && Path.GetExtension(name).Length == 0 ? name + ".exe" : name;
        foreach (var rawEntry in (path ?? "").Split(forWindows ? ';' : ':'))
        {
            var entry = forWindows ? rawEntry.Trim().Trim('"') : rawEntry;
            // An empty or relative entry ("", ".") means the current directory again.
            if (!IsAbsolute(entry, forWindows))
                continue;
            var candidate = forWindows
                ? entry.TrimEnd('\\', '/') + "\\" + fileName
                : entry.TrimEnd('/') + "/" + fileName;
            if (fileExists(candidate))
                return candidate;
        }
        return null;
    }

    private static bool HoldsDirectory(string name, bool forWindows) =>
        name.IndexOf('/') >= 0 || (forWindows && (name.IndexOf('\\') >= 0 || name.IndexOf(':') >= 0));

    // Path.IsPathRooted knows only the running OS's rules; these are both.
    private static bool IsAbsolute(string entry, bool forWindows)
    {
        if (!forWindows)
            return entry.StartsWith("/", StringComparison.Ordinal);
        var drive = entry.Length >= 3 && char.IsLetter(entry[0]) && entry[1] == ':' && (entry[2] == '\\' || entry[2] == '/');
        return drive || entry.StartsWith(@"\\", StringComparison.Ordinal) || entry.StartsWith("//", StringComparison.Ordinal);
    }
}
