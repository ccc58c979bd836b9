using System;

namespace FootstepsBuild.Shared;

/// <summary>
/// Every limit a record is kept within, in one place (the README's "Caps" table lists them):
/// a record stays small and a build stays fast whatever the working tree holds.
/// </summary>
internal static class Caps
{
    /// <summary>The stored uncommitted diff; git is stopped rather than read to the end.</summary>
    public const int DiffBytes = 1024 * 1024;

    /// <summary><see cref="DiffBytes"/> as the messages say it.</summary>
    public const string DiffText = "1 MiB";

    /// <summary>Untracked paths a record lists; its count says how many there were.</summary>
    public const int UntrackedListed = 1000;

    /// <summary>How much of `git ls-files --others` output is read.</summary>
    public const int UntrackedListingBytes = 4 * 1024 * 1024;

    /// <summary>One untracked source embedded in the binary.</summary>
    public const int UntrackedSourceBytes = 256 * 1024;

    /// <summary>All untracked sources embedded in the binary.</summary>
    public const int UntrackedSourcesBytes = 2 * 1024 * 1024;

    /// <summary>The project's source paths listed for the launch's stale-binary check.</summary>
    public const int SourcePaths = 5000;

    /// <summary>output.log keeps the program's first output up to this…</summary>
    public const int OutputLogHeadBytes = 1024 * 1024;

    /// <summary>…and its last output up to this, with a marker between.</summary>
    public const int OutputLogTailBytes = 1024 * 1024;

    /// <summary>
    /// While the run goes on, output.log's tail may hold this much more than
    /// <see cref="OutputLogTailBytes"/>: new output is appended, and the tail is cut back to its
    /// cap when it outgrows this (and at the end of the run), so a program that prints slowly
    /// does not have the whole tail rewritten at every write-out.
    /// </summary>
    public const int OutputLogTailSlackBytes = 1024 * 1024;

    /// <summary>output.log stops growing while its filesystem has less than this free.</summary>
    public const long OutputLogFreeSpaceBytes = 64L * 1024 * 1024;

    /// <summary>
    /// output.log asks for its filesystem's free space once it holds this much: a short run's
    /// log is as small as its info.json, which is written without asking either.
    /// </summary>
    public const int OutputLogUncheckedBytes = 64 * 1024;

    /// <summary>…and again each time it could have grown by this much since, and once a second while it grows (it stops growing at its caps).</summary>
    public const int OutputLogSpaceCheckBytes = 1024 * 1024;

    /// <summary>One git command; git started ahead of need gets twice this for all of a project's commands.</summary>
    public static readonly TimeSpan GitCommand = TimeSpan.FromSeconds(10);
}
