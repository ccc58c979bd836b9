using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using FootstepsBuild.Runtime.Capture;
using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// One run from claim to end: writes info.txt before the program's code runs and info.json
/// alongside it (before the program's first console output), captures the console, and marks
/// how the run ended — completed (with the exit code), failed (with the unhandled exception) or
/// interrupted (SIGINT/SIGTERM the program did not handle) — without changing what the program
/// does. A SIGKILL leaves "running", which readers turn into "crashed".
/// </summary>
internal sealed class RunSession
{
    private readonly object _gate = new();
    private readonly Func<RunRecord> _startingRecord;
    private readonly ConsoleCapture _capture;
    // Waited for by the program's first output and by the end of the run, for milliseconds of work
    // on the run's thread: no spinning first (PendingRunDetails says why).
    private readonly ManualResetEventSlim _recorded = new(false, spinCount: 0);
    // Set when the start of the record is complete (info.json, the package list, the GPUs).
    private readonly ManualResetEventSlim _startRecorded = new(false, spinCount: 0);
    private RunRecord? _record;
    private bool _ended;

    // Set as soon as the run starts ending: the record thread then leaves the writing to End.
    private volatile bool _ending;

    // Kept alive here: a collected registration stops listening.
    private readonly PosixSignalRegistration? _sigint;
    private readonly PosixSignalRegistration? _sigterm;

    private RunSession(RunDirectory directory, Func<RunRecord> startingRecord, PendingRunDetails details, BuildFacts facts, FsiScript? script)
    {
        Directory = directory;
        _startingRecord = startingRecord;
        _capture = ConsoleCapture.Start(directory.FullPath);
        // info.json is written on the details' thread while this one sets up the console, whose
        // first use costs any program a few milliseconds: the two overlap on a second core.
        details.ThenOnThisThread(() => Serve(details, facts));

        var scriptFailure = script == null ? null : ScriptFailureWatch.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Exit(scriptFailure);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => End(RunStatus.Failed, null, exception: e.ExceptionObject as Exception);
        if (!OperatingSystem.IsBrowser() && !OperatingSystem.IsIOS() && !OperatingSystem.IsTvOS())
        {
            _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        }
    }

    public RunDirectory Directory { get; }

    // details: started at the beginning of the launch (PendingRunDetails), applied when ready.
    /// <exception cref="OutputRootUnusableException">The run directory cannot be created.</exception>
    public static RunSession Start(
        BuildFacts facts, Assembly? program, FsiScript? script, PendingRunDetails details, string outputRoot, string name, string? requestedName)
    {
        var launch = LaunchFacts.Now(script);
        var directory = RunDirectory.Claim(outputRoot, name);
        // Asked once the directory is claimed: the check on the run's thread has had that much longer.
        var workingTree = details.WorkingTree(facts);
        try
        {
            // Written here, before the program's code runs: a full or read-only disk stops the
            // launch with a clear error instead of letting the program compute results it cannot save.
            InfoTxtFile.Write(directory, launch, facts, workingTree);
            SourceCopies.Write(directory.FullPath, facts);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new OutputRootUnusableException(outputRoot, directory.FullPath, e);
        }
        RunRecord StartingRecord() => RunRecordBuilder.Starting(directory.Name, requestedName, launch, facts, workingTree, program);
        return new RunSession(directory, StartingRecord, details, facts, script);
    }

    /// <summary>
    /// From now on the program's console output waits (at most a few seconds) until info.json
    /// is on disk, so a run that has printed anything has its complete record, even if it is
    /// then killed.
    /// </summary>
    public void HoldOutputUntilRecorded() => _capture.HoldUntil(_recorded, RecordWait);

    private static readonly TimeSpan RecordWait = TimeSpan.FromSeconds(2);

    // Off the launch path, on the details' thread: the program's own code is already running.
    private void Serve(PendingRunDetails pending, BuildFacts facts)
    {
        try
        {
            // The details are gathered by now: info.json is written once, complete.
            var details = pending.Wait(TimeSpan.Zero);
            try
            {
                UpdateRecord(record => ApplyDetails(record, details));
            }
            finally
            {
                // Whatever happened, the program's output must not wait for a record that will not come.
                _recorded.Set();
            }
            try
            {
                PackageVersionsFile.Write(Directory.FullPath, facts);
                GitIgnoreMarker.Write(Directory.FullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // info.json lists the packages as well; a run directory git still sees is listed as
                // untracked by later builds, which costs a longer record, never a wrong one.
            }
            // output.log keeps being written out while nvidia-smi answers.
            var gpus = GpuProbe.Query(details?.SearchPath ?? Environment.GetEnvironmentVariable("PATH"), whileWaiting: _capture.WriteOut);
            if (gpus != null)
                UpdateRecord(record => record.Gpus = gpus);
        }
        finally
        {
            _startRecorded.Set();
        }
        _capture.KeepWritingOut();
    }

    private static void ApplyDetails(RunRecord record, RunDetails? details)
    {
        // Not `!= null`: a record's operator compares by value, and its first call loads an
        // equality comparer for each member.
        if (details is not null)
            RunRecordBuilder.Apply(record, details);
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

    private void Exit(ScriptFailureWatch? scriptFailure)
    {
        var exitCode = Environment.ExitCode;
        var escaped = exitCode == 0 ? null : scriptFailure?.EscapedException();
        if (escaped != null)
            End(RunStatus.Failed, exitCode, exception: escaped);
        else
            End(RunStatus.Completed, exitCode);
    }

    private void End(string status, int? exitCode, string? signal = null, Exception? exception = null)
    {
        // The details belong in the final record; nvidia-smi gets a little longer, then is left out.
        _ending = true;
        _startRecorded.Wait(RecordWait);
        lock (_gate)
        {
            if (_ended)
                return;
            _ended = true;
            _record ??= _startingRecord();
            var now = DateTime.UtcNow;
            _record.Status = status;
            _record.ExitCode = exitCode;
            _record.Signal = signal;
            _record.EndedUtc = now;
            _record.DurationSeconds = Math.Round((now - _record.StartedUtc).TotalSeconds, 3);
            _record.Children = ChildrenSoFar();
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

    // The record with what is known so far, rewritten unless the run is ending (End writes it then).
    private void UpdateRecord(Action<RunRecord> change)
    {
        lock (_gate)
        {
            _record ??= _startingRecord();
            change(_record);
            if (!_ending)
                TryWriteRecord();
        }
    }

    /// <summary>A hot reload update was applied: info.json lists it, info.txt gains a warning.</summary>
    public void NoteHotReload(Type[]? updatedTypes)
    {
        var update = new HotReloadRecord { AppliedUtc = DateTime.UtcNow };
        foreach (var type in updatedTypes ?? Type.EmptyTypes)
            update.Types.Add(type.FullName ?? type.Name);
        UpdateRecord(record =>
        {
            record.HotReloads.Add(update);
            if (record.HotReloads.Count == 1)
                record.Warnings.Add("hot reload: the code changed during the run; the record describes the code it started with");
        });
        var types = update.Types.Count == 0 ? "types not reported" : string.Join(", ", update.Types);
        var warning = $"Warning:\nThe code changed during the run: a hot reload update was applied at " +
            $"{update.AppliedUtc:yyyy-MM-dd HH:mm:ss} UTC ({types}). The record describes the code the run started with.\n";
        try
        {
            Directory.Append(warning);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ObjectDisposedException)
        {
            // info.json holds the update too.
        }
    }

    private List<string> ChildrenSoFar()
    {
        try
        {
            return ParentRun.ChildrenOf(Directory.FullPath);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return new List<string>();
        }
    }

    private void TryWriteRecord()
    {
        if (_record == null)
            return;
        try
        {
            InfoJsonFile.Write(Directory.FullPath, _record);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The end of a run must never turn into a crash of its own; info.txt is already complete.
        }
    }
}
