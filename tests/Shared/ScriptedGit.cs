namespace FootstepsBuild.Tests.Testing;

/// <summary>A stand-in for git: a shell script (run by FootstepsGitExecutable or GitQuery.GitExecutable) that may log, wait, hang or pass on to the real git.</summary>
public static class ScriptedGit
{
    /// <summary>Writes <paramref name="body"/> after a shebang to <paramref name="path"/>, executable; returns the path.</summary>
    public static string Write(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
