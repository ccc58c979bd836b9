using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using FootstepsRuntime.Capture;
using FootstepsRuntime.Machine;
using FootstepsRuntime.Record;

namespace FootstepsRuntime;

/// <summary>
/// One run from claim to end: writes the record before the program's code runs, captures the
/// console, and marks how the run ended — completed (with the exit code), failed (with the
/// unhandled exception) or interrupted (SIGINT/SIGTERM the program did not handle) — without
/// changing what the program does. A SIGKILL leaves "running", which readers turn into "crashed".
/// </summary>
internal sealed class RunSession
{
    private readonly object _gate = new();
    private readonly RunRecord _record;
    private readonly ConsoleCapture _capture;
    private readonly Thread _details;
    private bool _ended;

    // Set as soon as the run starts ending: the details thread then leaves the writing to End.
    private volatile bool _ending;

    // Kept alive here: a collected registration stops listening.
    private readonly PosixSignalRegistration? _sigint;
    private readonly PosixSignalRegistration? _sigterm;

    private RunSession(RunDirectory directory, RunRecord record, PendingRunDetails details, BuildFacts facts)
    {
        Directory = directory;
        _record = record;
        _capture = ConsoleCapture.Start(directory.FullPath);
        RunRecordFile.Write(directory.FullPath, record);

        AppDomain.CurrentDomain.ProcessExit += (_, _) => End(RunStatus.Completed, Environment.ExitCode);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => End(RunStatus.Failed, null, exception: e.ExceptionObject as Exception);
        if (!OperatingSystem.IsBrowser() && !OperatingSystem.IsIOS() && !OperatingSystem.IsTvOS())
        {
            _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        }
        _details = new Thread(() => AddDetails(details, facts)) { IsBackground = true, Name = "Footsteps run record" };
        _details.Start();
    }

    public RunDirectory Directory { get; }

    // details: started at the beginning of the launch (PendingRunDetails), applied when ready.
    /// <exception cref="OutputRootUnusableException">The run directory cannot be created.</exception>
    public static RunSession Start(BuildFacts facts, Assembly? program, PendingRunDetails details, string outputRoot, string name, string? requestedName)
    {
        var launch = LaunchFacts.Now();
        var workingTree = WorkingTreeCheck.Run(facts, program);
        var directory = RunDirectory.Claim(outputRoot, name);
        try
        {
            RunRecordFiles.Write(directory, launch, facts, workingTree);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new OutputRootUnusableException(outputRoot, directory.FullPath, e);
        }
        var record = RunRecordBuilder.Starting(directory.Name, requestedName, launch, facts, workingTree, program);
        return new RunSession(directory, record, details, facts);
    }

    // Off the launch path: the program's own code is already running. The record on disk is
    // complete but for these details until this rewrites it, a few milliseconds later.
    private void AddDetails(PendingRunDetails pending, BuildFacts facts)
    {
        try
        {
            RunRecordFiles.WritePackageVersions(Directory.FullPath, facts);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // info.json lists the packages as well.
        }
        var details = pending.Wait(TimeSpan.FromSeconds(5));
        lock (_gate)
        {
            if (details != null)
                RunRecordBuilder.Apply(_record, details);
            if (!_ending)
                TryWriteRecord();
        }
        var gpus = GpuProbe.Query();
        if (gpus == null)
            return;
        lock (_gate)
        {
            _record.Gpus = gpus;
            if (!_ending)
                TryWriteRecord();
        }
    }

    // Our registration is the first, so it runs last: Cancel tells whether the program's own
    // handler (Console.CancelKeyPress, or its own registration) chose to keep running.
    private void OnSignal(PosixSignalContext context)
    {
        if (context.Cancel)
            return;
        var signal = context.Signal == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";
        var number = context.Signal == PosixSignal.SIGINT ? 2 : 15;
        End(RunStatus.Interrupted, 128 + number, signal);
    }

    private void End(string status, int? exitCode, string? signal = null, Exception? exception = null)
    {
        // The details belong in the final record; nvidia-smi gets a little longer, then is left out.
        _ending = true;
        _details.Join(TimeSpan.FromSeconds(2));
        lock (_gate)
        {
            if (_ended)
                return;
            _ended = true;
            var now = DateTime.UtcNow;
            _record.Status = status;
            _record.ExitCode = exitCode;
            _record.Signal = signal;
            _record.EndedUtc = now;
            _record.DurationSeconds = Math.Round((now - _record.StartedUtc).TotalSeconds, 3);
            if (exception != null)
                _record.Exception = new ExceptionRecord
                {
                    Type = exception.GetType().FullName ?? exception.GetType().Name,
                    Message = exception.Message,
                    StackTrace = exception.StackTrace,
                    Text = exception.ToString(),
                };
            _capture.Dispose();
            TryWriteRecord();
        }
    }

    private void TryWriteRecord()
    {
        try
        {
            RunRecordFile.Write(Directory.FullPath, _record);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The end of a run must never turn into a crash of its own; info.txt is already complete.
        }
    }
}
