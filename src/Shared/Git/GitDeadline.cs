using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// One time budget for git commands run one after another (<see cref="GitQuery.AheadOfNeed"/>):
/// each still gets at most the per-command timeout, all of them together twice that. So one slow
/// command (a `describe` walking a long history) leaves time for the others, while a hung git
/// holds the build for a bounded time, not five timeouts in a row.
/// </summary>
internal sealed class GitDeadline
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _perCommand;
    private readonly TimeSpan _total;

    public GitDeadline(TimeSpan perCommand)
    {
        _perCommand = perCommand;
        _total = perCommand + perCommand;
    }

    /// <summary>Runs one command with what is left of the budget; once it is spent, the command is not started and counts as timed out.</summary>
    public GitCommandResult Run(GitCommand git, IReadOnlyList<string> arguments, int outputCapBytes)
    {
        var left = _total - _clock.Elapsed;
        // Less than this and git would only be started to be stopped.
        if (left < TimeSpan.FromMilliseconds(50))
            return GitCommandResult.NotRun("not run: git's time for this build was spent", timedOut: true);
        return git.Run(arguments, outputCapBytes, left < _perCommand ? left : _perCommand);
    }
}
