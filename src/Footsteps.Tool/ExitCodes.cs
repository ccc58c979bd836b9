namespace FootstepsBuild.Tool;

/// <summary>What `footsteps` returns; listed in the README ("Following your footsteps back").</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line could not be parsed (System.CommandLine's own code for that).</summary>
    public const int Usage = 1;

    /// <summary>diff: the runs differ; verify: the rebuilt assembly is not identical.</summary>
    public const int Different = 2;

    /// <summary>No run at that path or name, or its info.json is unreadable or from a newer schema.</summary>
    public const int RecordUnreadable = 3;

    /// <summary>The source tree cannot be recreated: no repository, commit missing, diff does not apply, build failed.</summary>
    public const int RestoreImpossible = 4;
}
