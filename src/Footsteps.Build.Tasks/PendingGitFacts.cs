using System;
using FootstepsShared.Git;
using Microsoft.Build.Framework;

namespace Footsteps.Build.Tasks;

/// <summary>
/// Git facts being collected in the background for one query, kept for the length of one
/// build (RegisteredTaskObjectLifetime.Build), so a later build never sees an old state.
/// </summary>
internal static class PendingGitFacts
{
    public static void Start(IBuildEngine4? engine, GitQuery query)
    {
        if (engine == null || engine.GetRegisteredTaskObject(Key(query), RegisteredTaskObjectLifetime.Build) != null)
            return;
        var pending = new BackgroundCall<GitFacts>(() => GitFactsReader.Read(query));
        engine.RegisterTaskObject(Key(query), pending, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
    }

    /// <summary>
    /// The facts for <paramref name="query"/>: from the background collection when one was
    /// started, else read now; with how long git took and how much of it the caller waited.
    /// </summary>
    public static (GitFacts Facts, TimeSpan GitTime, TimeSpan Waited) Take(IBuildEngine4? engine, GitQuery query)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pending = engine?.UnregisterTaskObject(Key(query), RegisteredTaskObjectLifetime.Build) as BackgroundCall<GitFacts>
            ?? new BackgroundCall<GitFacts>(() => GitFactsReader.Read(query));
        var facts = pending.Result;
        return (facts, pending.Duration, clock.Elapsed);
    }

    private static string Key(GitQuery query) =>
        "Footsteps.PendingGit:" + query.ProjectDirectory + "|" + string.Join("|", query.ExcludedPaths) + "|" + query.GitExecutable;
}
