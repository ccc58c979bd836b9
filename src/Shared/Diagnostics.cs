namespace FootstepsBuild.Shared;

/// <summary>
/// Every warning and error Footsteps reports, with a stable code. The README lists them;
/// keep the two in step. FS1xxx: facts the build could not collect (never fatal).
/// FS2xxx: the FootstepsRun target.
/// </summary>
internal static class Diagnostics
{
    public const string GitNotFound = "FS1001";
    public const string NotARepository = "FS1002";
    public const string NoCommits = "FS1003";
    public const string GitRefused = "FS1004";
    public const string GitTimedOut = "FS1005";
    public const string FactsNotWritten = "FS1006";
    public const string LanguageNotInstrumented = "FS1007";
    public const string StaleBinary = "FS1101";
    public const string ProgramFailed = "FS2001";
    public const string ProgramNotStarted = "FS2002";
}
