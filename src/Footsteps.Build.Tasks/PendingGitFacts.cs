using System;
using FootstepsBuild.Shared.Git;
using Microsoft.Build.Framework;

namespace FootstepsBuild.Tasks;

/// <summary>
/// Git facts being collected in the background, kept for the length of one build
/// (RegisteredTaskObjectLifetime.Build), so a later build never sees an old state: per
/// repository root what all its projects share (HEAD, describe, origin, the diff), per project
/// the rest (its untracked files, its excluded paths taken out of the diff). Registered task
/// objects live in one MSBuild node: projects built in another node read their own.
/// </summary>
internal static class PendingGitFacts
{
    private static readonly object Gate = new();

    public static void Start(IBuildEngine4? engine, GitQuery query)
    {
        if (engine == null)
            return;
        lock (Gate)
        {
            if (engine.GetRegisteredTaskObject(Key(query), RegisteredTaskObjectLifetime.Build) != null)
                return;
            var repository = SharedRepositoryState(engine, query);
            var pending = new PendingCall<GitFacts>(() => GitFactsReader.Read(query, repository));
            engine.RegisterTaskObject(Key(query), pending, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        }
    }

    /// <summary>
    /// The facts for <paramref name="query"/>: from the background collection when one was
    /// started, else read now; with how long git took and how much of it the caller waited.
    /// </summary>
    public static (GitFacts Facts, TimeSpan GitTime, TimeSpan Waited) Take(IBuildEngine4? engine, GitQuery query)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        PendingCall<GitFacts>? pending;
        lock (Gate)
        {
            pending = engine?.UnregisterTaskObject(Key(query), RegisteredTaskObjectLifetime.Build) as PendingCall<GitFacts>;
            if (pending == null)
            {
                var repository = engine == null ? null : SharedRepositoryState(engine, query);
                pending = new PendingCall<GitFacts>(() => GitFactsReader.Read(query, repository));
            }
        }
        var facts = pending.Result;
        return (facts, pending.Duration, clock.Elapsed);
    }

    // Null outside a repository found on disk: the project then reads everything itself.
    private static PendingCall<RepositoryGitState>? SharedRepositoryState(IBuildEngine4 engine, GitQuery query)
    {
        var top = RepositoryTop.Find(query.ProjectDirectory);
        if (top == null)
            return null;
        var key = "Footsteps.GitRepository:" + top + "|" + query.GitExecutable + "|" + query.DiffCapBytes;
        if (engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is PendingCall<RepositoryGitState> shared)
            return shared;
        shared = RepositoryGitState.WhenFirstNeeded(query, top);
        engine.RegisterTaskObject(key, shared, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        return shared;
    }

    private static string Key(GitQuery query) =>
        "Footsteps.PendingGit:" + query.ProjectDirectory + "|" + string.Join("|", query.ExcludedPaths) + "|" + query.GitExecutable;
}
