using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>The <see cref="LifecycleProgram"/>, built.</summary>
public sealed class LifecycleExperiment
{
    public LifecycleExperiment()
    {
        Project = ConsumerProject.Console().WithProgram(LifecycleProgram.Code).InGitRepository();
        Project.Build();
    }

    public ConsumerProject Project { get; }
}
