using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.Facts;
using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Runtime.Git;

/// <summary>
/// Tells, at launch and within a few milliseconds, whether the binary is stale: whether the
/// working tree it was built from has moved on (a new commit, or sources edited after the
/// build). No git process: it reads HEAD from .git and compares the sources' modification
/// times with the assembly's. Silent (null) when the binary runs away from its repository.
/// </summary>
internal static class WorkingTreeCheck
{
    private static readonly DateTime MissingFileTime = DateTime.FromFileTimeUtc(0);

    public static WorkingTreeRecord? Run(BuildFacts facts, Assembly? program)
    {
        // Facts collected at launch describe the tree as it is now.
        if (facts.CollectedAt == GitCollection.AtRun)
            return null;
        var assemblyPath = program == null ? null : BinaryPath(program);
        if (string.IsNullOrEmpty(assemblyPath) || facts.Commit == null || facts.ProjectPath == null)
            return null;
        var root = FindRepositoryRoot(Path.GetDirectoryName(assemblyPath)!, facts.ProjectPath);
        if (root == null)
            return null;

        var builtAt = File.GetLastWriteTimeUtc(assemblyPath);
        var changed = new List<string>();
        foreach (var path in facts.SourcePaths)
        {
            // One stat, and no FileInfo: a missing file's time is the file-time epoch.
            var writtenAt = File.GetLastWriteTimeUtc(Path.Combine(root, path));
            if (writtenAt == MissingFileTime || writtenAt > builtAt)
                changed.Add(path);
        }
        var head = GitHead.Read(Path.Combine(root, ".git"));
        var moved = head != null && !AsciiCase.Equals(head, facts.Commit);
        if (!moved && changed.Count == 0)
            return null;

        var reasons = new List<string>();
        if (moved)
            reasons.Add($"HEAD is now {head}, the binary was built from {facts.Commit}");
        if (changed.Count > 0)
            reasons.Add($"{changed.Count} source file(s) changed since the build: " +
                $"{string.Join(", ", changed.GetRange(0, Math.Min(5, changed.Count)))}{(changed.Count > 5 ? ", …" : "")}");
        return new WorkingTreeRecord { Commit = head, ChangedSources = changed, Reason = string.Join("; ", reasons) };
    }

    /// <summary>
    /// The file the program's code was built into: its dll beside the app, or, published as a
    /// single file or with NativeAOT (no dll on disk; Assembly.Location is empty there), the
    /// executable itself.
    /// </summary>
    private static string? BinaryPath(Assembly program)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, AssemblyDisplayName.SimpleNameOf(program) + ".dll");
        return File.Exists(dll) ? dll : Environment.ProcessPath;
    }

    /// <summary>The working tree above the binary, if it holds the project the binary was built from.</summary>
    private static string? FindRepositoryRoot(string start, string projectPath)
    {
        var top = RepositoryTop.Find(start);
        return top != null && File.Exists(Path.Combine(top, projectPath)) ? top : null;
    }
}
