using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using FootstepsRuntime.Machine;
using FootstepsShared.Git;

namespace FootstepsRuntime.Record;

/// <summary>
/// Tells, at launch and within a few milliseconds, whether the binary is stale: whether the
/// working tree it was built from has moved on (a new commit, or sources edited after the
/// build). No git process: it reads HEAD from .git and compares the sources' modification
/// times with the assembly's. Silent (null) when the binary runs away from its repository.
/// </summary>
internal static class WorkingTreeCheck
{
    public static WorkingTreeRecord? Run(BuildFacts facts, Assembly? program)
    {
        var assemblyPath = program?.Location;
        if (string.IsNullOrEmpty(assemblyPath) || facts.Commit == null || facts.ProjectPath == null)
            return null;
        var root = FindRepositoryRoot(Path.GetDirectoryName(assemblyPath)!, facts.ProjectPath);
        if (root == null)
            return null;

        var builtAt = File.GetLastWriteTimeUtc(assemblyPath);
        var changed = new List<string>();
        foreach (var path in facts.SourcePaths)
        {
            var file = new FileInfo(Path.Combine(root, path));
            if (!file.Exists || file.LastWriteTimeUtc > builtAt)
                changed.Add(path);
        }
        var head = GitHead.Read(Path.Combine(root, ".git"));
        var moved = head != null && !string.Equals(head, facts.Commit, StringComparison.OrdinalIgnoreCase);
        if (!moved && changed.Count == 0)
            return null;

        var reasons = new List<string>();
        if (moved)
            reasons.Add($"HEAD is now {head}, the binary was built from {facts.Commit}");
        if (changed.Count > 0)
            reasons.Add($"{changed.Count} source file(s) changed since the build: {string.Join(", ", changed.GetRange(0, Math.Min(5, changed.Count)))}{(changed.Count > 5 ? ", …" : "")}");
        return new WorkingTreeRecord { Commit = head, ChangedSources = changed, Reason = string.Join("; ", reasons) };
    }

    /// <summary>The working tree above the binary, if it holds the project the binary was built from.</summary>
    private static string? FindRepositoryRoot(string start, string projectPath)
    {
        var top = RepositoryTop.Find(start);
        return top != null && File.Exists(Path.Combine(top, projectPath)) ? top : null;
    }
}

/// <summary>Reads the commit HEAD points at from a .git directory (or a worktree's .git file), without git.</summary>
internal static class GitHead
{
    public static string? Read(string dotGit)
    {
        try
        {
            var gitDirectory = dotGit;
            if (File.Exists(dotGit))
            {
                // A worktree or submodule: ".git" is a file saying "gitdir: <path>".
                var pointer = SmallTextFile.Read(dotGit).Trim();
                if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal))
                    return null;
                gitDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGit)!, pointer.Substring(7).Trim()));
            }
            var head = SmallTextFile.Read(Path.Combine(gitDirectory, "HEAD")).Trim();
            if (!head.StartsWith("ref:", StringComparison.Ordinal))
                return head;
            var reference = head.Substring(4).Trim();
            var commonDirectory = CommonDirectory(gitDirectory);
            var loose = Path.Combine(commonDirectory, reference);
            if (File.Exists(loose))
                return SmallTextFile.Read(loose).Trim();
            var packed = Path.Combine(commonDirectory, "packed-refs");
            if (!File.Exists(packed))
                return null;
            foreach (var line in SmallTextFile.ReadLines(packed))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && parts[1] == reference)
                    return parts[0];
            }
            return null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Worktrees keep their own HEAD but share refs with the main repository.
    private static string CommonDirectory(string gitDirectory)
    {
        var pointer = Path.Combine(gitDirectory, "commondir");
        return File.Exists(pointer)
            ? Path.GetFullPath(Path.Combine(gitDirectory, SmallTextFile.Read(pointer).Trim()))
            : gitDirectory;
    }
}
