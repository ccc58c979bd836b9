using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// A fingerprint of everything under .git (and in git's configuration) that decides what
/// `rev-parse`, `describe --always` and `config remote.origin.url` answer: HEAD, the branch it
/// names, the packed and loose tags, the object store's packs (abbreviations grow with it), the
/// repository's and the user's configuration, git's environment and git itself. Equal stamps,
/// equal answers; read without git, in well under a millisecond, so an unchanged repository
/// costs a build two git processes (diff, untracked) instead of five. Null where the repository
/// is one this reading does not follow (reftable, replaced objects, symbolic branch refs, an
/// unreadable file): git is then asked every time.
/// </summary>
internal static class RepositoryStamp
{
    // Loose tags beyond this are read by git: hashing thousands of files would cost what describe does.
    private const int MostLooseTags = 2000;

    // Files compared by content up to this size; larger ones by size and time.
    private const long ContentComparedBytes = 1024 * 1024;

    /// <summary>The stamp of the working tree at <paramref name="top"/>, which git is asked from.</summary>
    public static string? Of(string top, string? gitExecutable)
    {
        try
        {
            var gitDirectory = GitDirectory(top);
            if (gitDirectory == null)
                return null;
            var commonDirectory = CommonDirectory(gitDirectory);
            if (Directory.Exists(Path.Combine(commonDirectory, "reftable"))
                || Directory.Exists(Path.Combine(commonDirectory, "refs", "replace")))
                return null;

            var stamp = new StringBuilder("footsteps-repository-stamp 1\n");
            stamp.Append("top ").Append(top).Append('\n');
            AddFile(stamp, "git", gitExecutable, byContent: false);
            AddEnvironment(stamp);

            var head = File.ReadAllText(Path.Combine(gitDirectory, "HEAD"));
            stamp.Append("HEAD ").Append(head.Trim()).Append('\n');
            if (head.StartsWith("ref:", StringComparison.Ordinal))
            {
                var branch = Path.Combine(commonDirectory, head.Substring(4).Trim());
                if (File.Exists(branch))
                {
                    var target = File.ReadAllText(branch).Trim();
                    if (target.StartsWith("ref:", StringComparison.Ordinal))
                        return null;
                    stamp.Append("branch ").Append(target).Append('\n');
                }
            }
            AddFile(stamp, "packed-refs", Path.Combine(commonDirectory, "packed-refs"), byContent: true);
            if (!AddLooseTags(stamp, Path.Combine(commonDirectory, "refs", "tags")))
                return null;
            AddFile(stamp, "shallow", Path.Combine(commonDirectory, "shallow"), byContent: true);
            AddFile(stamp, "alternates", Path.Combine(commonDirectory, "objects", "info", "alternates"), byContent: true);
            AddDirectoryTime(stamp, "packs", Path.Combine(commonDirectory, "objects", "pack"));

            foreach (var config in ConfigFiles(commonDirectory, gitDirectory, gitExecutable))
                AddConfig(stamp, config, depth: 0);
            return stamp.ToString();
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            return null;
        }
    }

    // The .git directory, or where a worktree's or submodule's .git file points.
    private static string? GitDirectory(string top)
    {
        var dotGit = Path.Combine(top, ".git");
        if (Directory.Exists(dotGit))
            return dotGit;
        if (!File.Exists(dotGit))
            return null;
        var pointer = File.ReadAllText(dotGit).Trim();
        if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal))
            return null;
        var gitDirectory = Path.GetFullPath(Path.Combine(top, pointer.Substring(7).Trim()));
        return Directory.Exists(gitDirectory) ? gitDirectory : null;
    }

    // Worktrees keep their own HEAD but share refs, objects and config with the main repository.
    private static string CommonDirectory(string gitDirectory)
    {
        var pointer = Path.Combine(gitDirectory, "commondir");
        return File.Exists(pointer)
            ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(pointer).Trim()))
            : gitDirectory;
    }

    // Every GIT_* variable (GIT_DIR, GIT_CONFIG_*, GIT_CEILING_DIRECTORIES…) and where the user's
    // configuration is; values by fingerprint: a GIT_CONFIG_VALUE_0 may be a token.
    private static void AddEnvironment(StringBuilder stamp)
    {
        var names = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("GIT_", StringComparison.OrdinalIgnoreCase) || name == "HOME" || name == "XDG_CONFIG_HOME"
                || name == "USERPROFILE" || name == "HOMEDRIVE" || name == "HOMEPATH")
                names.Add(name + " " + Fingerprint(Encoding.UTF8.GetBytes((string?)variable.Value ?? "")));
        }
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
            stamp.Append("env ").Append(name).Append('\n');
    }

    private static bool AddLooseTags(StringBuilder stamp, string tags)
    {
        if (!Directory.Exists(tags))
            return true;
        var files = Directory.GetFiles(tags, "*", SearchOption.AllDirectories);
        if (files.Length > MostLooseTags)
            return false;
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
            AddFile(stamp, "tag", file, byContent: true);
        return true;
    }

    private static void AddDirectoryTime(StringBuilder stamp, string label, string directory)
    {
        stamp.Append(label).Append(' ');
        stamp.Append(Directory.Exists(directory) ? Directory.GetLastWriteTimeUtc(directory).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "absent");
        stamp.Append('\n');
    }

    private static void AddFile(StringBuilder stamp, string label, string? path, bool byContent)
    {
        stamp.Append(label).Append(' ').Append(path).Append(' ');
        var file = string.IsNullOrEmpty(path) ? null : new FileInfo(path);
        if (file == null || !file.Exists)
            stamp.Append("absent");
        else if (byContent && file.Length <= ContentComparedBytes)
            stamp.Append(Fingerprint(File.ReadAllBytes(file.FullName)));
        else
            stamp.Append(file.Length).Append(' ').Append(file.LastWriteTimeUtc.Ticks);
        stamp.Append('\n');
    }

    // A configuration file by content, and the files it includes (include.path, includeIf.*.path) in turn.
    private static void AddConfig(StringBuilder stamp, string path, int depth)
    {
        AddFile(stamp, "config", path, byContent: true);
        if (depth > 4 || !File.Exists(path))
            return;
        foreach (var included in IncludedPaths(path))
            AddConfig(stamp, included, depth + 1);
    }

    private static IEnumerable<string> IncludedPaths(string config)
    {
        var inInclude = false;
        foreach (var raw in File.ReadAllLines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith("[", StringComparison.Ordinal))
                inInclude = line.StartsWith("[include", StringComparison.OrdinalIgnoreCase);
            else if (inInclude && line.StartsWith("path", StringComparison.OrdinalIgnoreCase) && line.IndexOf('=') > 0)
                yield return ExpandedIncludePath(config, line.Substring(line.IndexOf('=') + 1).Trim().Trim('"'));
        }
    }

    private static string ExpandedIncludePath(string config, string path)
    {
        if (path.StartsWith("~/", StringComparison.Ordinal))
            return Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "", path.Substring(2));
        return Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(config) ?? "", path);
    }

    // The repository's, the worktree's, the user's and the system's configuration, where git looks for them.
    private static IEnumerable<string> ConfigFiles(string commonDirectory, string gitDirectory, string? gitExecutable)
    {
        yield return Path.Combine(commonDirectory, "config");
        yield return Path.Combine(gitDirectory, "config.worktree");
        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetEnvironmentVariable("USERPROFILE");
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdg))
            yield return Path.Combine(xdg, "git", "config");
        if (!string.IsNullOrEmpty(home))
        {
            yield return Path.Combine(home, ".config", "git", "config");
            yield return Path.Combine(home, ".gitconfig");
        }
        yield return "/etc/gitconfig";
        var gitFolder = string.IsNullOrEmpty(gitExecutable) ? null : Path.GetDirectoryName(gitExecutable);
        for (var level = 0; level < 3 && !string.IsNullOrEmpty(gitFolder); level++)
        {
            gitFolder = Path.GetDirectoryName(gitFolder);
            if (!string.IsNullOrEmpty(gitFolder))
                yield return Path.Combine(gitFolder, "etc", "gitconfig");
        }
    }

    // FNV-1a, 64 bits: tells two contents apart; not a defence against anyone.
    private static string Fingerprint(byte[] content)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in content)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + " " + content.Length;
    }
}
