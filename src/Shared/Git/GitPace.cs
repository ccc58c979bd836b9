using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// How one read's git commands run. Ahead of need (the build started git before anyone waits
/// for it, <see cref="GitQuery.AheadOfNeed"/>): one command at a time, each on the reading
/// thread when its answer is first asked for, all of them within one budget of two timeouts, so
/// a program's git takes at most one core from MSBuild and a hung git holds the build for a
/// bounded time. Waited for: every command on a thread of its own, started at once.
/// </summary>
internal sealed class GitPace
{
    // Less than this left and git would only be started to be stopped.
    private static readonly TimeSpan Least = TimeSpan.FromMilliseconds(50);

    private readonly Stopwatch? _budgetClock;
    private readonly TimeSpan _perCommand;

    private GitPace(bool oneAtATime, TimeSpan perCommand)
    {
        _budgetClock = oneAtATime ? Stopwatch.StartNew() : null;
        _perCommand = perCommand;
    }

    /// <summary>The pace for one read of <paramref name="query"/>; its budget starts now.</summary>
    public static GitPace For(GitQuery query) => new(query.AheadOfNeed, query.Timeout);

    public bool OneAtATime => _budgetClock != null;

    /// <summary>
    /// The command: started now, or (one at a time) run when its result is first asked for, so
    /// the order in which callers ask is the order git runs in.
    /// </summary>
    public PendingCall<GitCommandResult> Start(GitCommand git, IReadOnlyList<string> arguments, int outputCapBytes) =>
        _budgetClock == null
            ? new PendingCall<GitCommandResult>(() => git.Run(arguments, outputCapBytes))
            : PendingCall<GitCommandResult>.OnFirstUse(() => RunWithinBudget(git, arguments, outputCapBytes));

    // Each command gets at most the per-command timeout, all together twice that: one slow
    // command (a `describe` walking a long history) leaves time for the others.
    private GitCommandResult RunWithinBudget(GitCommand git, IReadOnlyList<string> arguments, int outputCapBytes)
    {
        var left = _perCommand + _perCommand - _budgetClock!.Elapsed;
        if (left < Least)
            return GitCommandResult.NotRun("not run: git's time for this build was spent", timedOut: true);
        return git.Run(arguments, outputCapBytes, left < _perCommand ? left : _perCommand);
    }
}
