namespace FootstepsBuild.Tests.Testing;

/// <summary>A stand-in for git: a shell script (run by FootstepsGitExecutable or GitQuery.GitExecutable) that may log, wait, hang or pass on to the real git.</summary>
public static class ScriptedGit
{
    /// <summary>Writes <paramref name="body"/> after a shebang to <paramref name="path"/>, executable; returns the path.</summary>
    public static string Write(string path, string body)
    {
        var script = "#!/bin/sh\n" + body;
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, script);
            return path;
        }
        // Written by a shell of its own: a process another test thread forks while this one holds
        // the file open for writing keeps a copy of that descriptor until it execs, and running the
        // script meanwhile fails with ETXTBSY ("git was not found").
        var written = ProcessRunner.Run("/bin/sh", new[] { "-c", "cat > \"$1\" && chmod u+rwx \"$1\"", "sh", path },
            Path.GetDirectoryName(path)!, script);
        if (written.ExitCode != 0)
            throw new InvalidOperationException($"could not write {path}: {written}");
        return path;
    }
}
