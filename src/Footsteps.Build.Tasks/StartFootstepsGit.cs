namespace FootstepsBuild.Tasks;

/// <summary>
/// Starts collecting the git facts at the beginning of the build, on a thread of their own, and
/// returns at once: git then runs while MSBuild resolves packages and references, and
/// <see cref="WriteFootstepsFacts"/> picks the result up just before compilation. In a large
/// repository this hides most of git's time instead of adding it to every build.
/// </summary>
public sealed class StartFootstepsGit : RepositoryTask
{
    public override bool Execute()
    {
        PendingGitFacts.Start(BuildEngine4, Query(aheadOfNeed: true));
        return true;
    }
}
