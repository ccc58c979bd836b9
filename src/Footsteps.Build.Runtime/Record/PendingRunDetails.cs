using System;
using System.Reflection;
using System.Threading;

namespace FootstepsRuntime.Record;

/// <summary>
/// The run's details (machine, runtime, process start time, assembly identity, environment),
/// gathered on a thread of their own from the very start of the launch: none of them depends on
/// the name or the directory, so on a second core they cost the launch nothing.
/// </summary>
internal sealed class PendingRunDetails
{
    private readonly Thread _thread;
    private RunDetails? _details;

    private PendingRunDetails(Assembly? program)
    {
        _thread = new Thread(() => _details = RunRecordBuilder.Details(program)) { IsBackground = true, Name = "Footsteps run details" };
        _thread.Start();
    }

    public static PendingRunDetails Start(Assembly? program) => new(program);

    /// <summary>The details, waiting for them at most <paramref name="wait"/>; null if they are not ready by then.</summary>
    public RunDetails? Wait(TimeSpan wait)
    {
        _thread.Join(wait);
        return _details;
    }
}
