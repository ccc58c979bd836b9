namespace FootstepsBuild.Runtime.Launch;

/// <summary>Exit codes Footsteps ends a program with, before any of its code ran (see README).</summary>
internal static class ExitCodes
{
    /// <summary>EX_CANTCREAT from sysexits.h: the run directory could not be created.</summary>
    public const int OutputRootUnusable = 73;

    /// <summary>128 + SIGINT, as shells report Ctrl-C.</summary>
    public const int Cancelled = 130;
}
