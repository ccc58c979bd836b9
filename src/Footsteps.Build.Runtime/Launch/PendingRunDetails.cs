using System;
using System.Reflection;
using System.Threading;
using FootstepsBuild.Runtime.Git;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// What the record needs that depends neither on the name nor on the directory, gathered on a
/// thread of its own from the very start of the launch, so that on a second core it costs the
/// launch nothing: first the stale-binary check (info.txt opens with it), then the details
/// (machine, runtime, process start time, assembly identity, environment). The same thread then
/// serves the run (<see cref="ThenOnThisThread"/>): one thread a run, not one a task.
/// </summary>
internal sealed class PendingRunDetails
{
    private static readonly TimeSpan CheckWait = TimeSpan.FromSeconds(2);

    private readonly BuildFacts _facts;
    private readonly Assembly? _program;
    private readonly string? _inheritedParentRun;
    private readonly bool _beforeProgramCode;
    // No spinning before blocking: a waiter here waits for work of milliseconds on the other
    // thread, and on two cores a spin takes the core that work needs.
    private readonly ManualResetEventSlim _checked = new(false, spinCount: 0);
    private readonly ManualResetEventSlim _gathered = new(false, spinCount: 0);
    private readonly ManualResetEventSlim _nextGiven = new(false, spinCount: 0);
    private Action? _next;
    private WorkingTreeRecord? _workingTree;
    private RunDetails? _details;

    private PendingRunDetails(Assembly? program, BuildFacts facts, bool beforeProgramCode)
    {
        _program = program;
        _facts = facts;
        _beforeProgramCode = beforeProgramCode;
        // Read here, on the launching thread, before the run sets the variable to its own
        // directory for its children (ParentRun.BecomeParent): the record says what it was started with.
        _inheritedParentRun = Environment.GetEnvironmentVariable(ParentRun.DirectoryVariable);
        new Thread(Gather) { IsBackground = true, Name = "Footsteps run details" }.Start();
    }

    /// <param name="beforeProgramCode">Started at launch, before the program's code runs (not by its own Initialize call).</param>
    public static PendingRunDetails Start(Assembly? program, BuildFacts facts, bool beforeProgramCode) => new(program, facts, beforeProgramCode);

    /// <summary>
    /// Whether the binary is stale (see <see cref="WorkingTreeCheck"/>) for <paramref name="facts"/>:
    /// the check made at launch when these are the facts it started with, else made now.
    /// </summary>
    public WorkingTreeRecord? WorkingTree(BuildFacts facts)
    {
        if (ReferenceEquals(facts, _facts) && _checked.Wait(CheckWait))
            return _workingTree;
        return WorkingTreeCheck.Run(facts, _program);
    }

    /// <summary>The details, waiting for them at most <paramref name="wait"/>; null if they are not ready by then.</summary>
    public RunDetails? Wait(TimeSpan wait)
    {
        _gathered.Wait(wait);
        return _details;
    }

    /// <summary>Runs <paramref name="next"/> on this thread once the details are gathered (at once if they are).</summary>
    public void ThenOnThisThread(Action next)
    {
        _next = next;
        _nextGiven.Set();
    }

    // A failure nobody foresaw here would end the whole program from a background thread: the
    // record then lacks what failed, and the program runs.
    private void Gather()
    {
        try
        {
            _workingTree = WorkingTreeCheck.Run(_facts, _program);
        }
        catch (Exception)
        {
            _workingTree = null;
        }
        finally
        {
            _checked.Set();
        }
        try
        {
            _details = RunRecordBuilder.Details(_program, _inheritedParentRun, _beforeProgramCode);
        }
        catch (Exception)
        {
            _details = null;
        }
        finally
        {
            _gathered.Set();
        }
        // A launch that starts no run (cancelled at the prompt) leaves this background thread waiting.
        _nextGiven.Wait();
        _next!();
    }
}
