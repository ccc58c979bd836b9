namespace FootstepsBuild.Shared;

/// <summary>
/// Every warning and error Footsteps reports, with a stable code. The README lists them;
/// keep the two in step. FOOT1xxx: facts the build could not collect (never fatal).
/// FOOT2xxx: the FootstepsRun target.
/// </summary>
internal static class Diagnostics
{
    public const string GitNotFound = "FOOT1001";
    public const string NotARepository = "FOOT1002";
    public const string NoCommits = "FOOT1003";
    public const string GitRefused = "FOOT1004";
    public const string GitTimedOut = "FOOT1005";
    public const string FactsNotWritten = "FOOT1006";
    public const string LanguageNotInstrumented = "FOOT1007";
    public const string StartupHookNotRun = "FOOT1008";
    public const string StaleBinary = "FOOT1101";
    public const string ProgramFailed = "FOOT2001";
    public const string ProgramNotStarted = "FOOT2002";
}
