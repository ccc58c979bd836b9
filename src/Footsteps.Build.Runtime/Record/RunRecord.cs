using System;
using System.Collections.Generic;
using FootstepsBuild.Shared.Facts;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Everything info.json says about one run. The one model of a run: the runtime writes it, the
/// tests and the footsteps tool read it (through Footsteps.Records' RunRecordFile), so writer and
/// reader cannot drift apart. Field names are documented in the README ("info.json").
/// </summary>
internal sealed class RunRecord
{
    /// <summary>Bumped when a field changes meaning; readers refuse newer schemas.</summary>
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    /// <summary>The directory's name under the output root ('/' separated), with any -N suffix.</summary>
    public string Name { get; set; } = "";

    /// <summary>The name as it was asked for, before cleaning and suffixing; null for an automatic name.</summary>
    public string? RequestedName { get; set; }

    /// <summary>One of <see cref="RunStatus"/>. Readers should use RunRecordFile.EffectiveStatus (Footsteps.Records).</summary>
    public string Status { get; set; } = RunStatus.Running;

    public int? ExitCode { get; set; }

    /// <summary>SIGINT or SIGTERM when the run was interrupted by one.</summary>
    public string? Signal { get; set; }

    public DateTime StartedUtc { get; set; }
    public DateTime? EndedUtc { get; set; }
    public double? DurationSeconds { get; set; }
    public ExceptionRecord? Exception { get; set; }

    public CommandRecord Command { get; set; } = new();
    public ProcessRecord Process { get; set; } = new();
    public HostRecord Host { get; set; } = new();
    public RuntimeRecord Runtime { get; set; } = new();

    /// <summary>The batch job (Slurm, PBS, LSF) the run is part of; null outside one.</summary>
    public SchedulerRecord? Scheduler { get; set; }

    /// <summary>From nvidia-smi; null when there is none.</summary>
    public List<GpuRecord>? Gpus { get; set; }

    /// <summary>The code the binary was built from.</summary>
    public GitRecord Git { get; set; } = new();

    /// <summary>Set only when the working tree no longer matches <see cref="Git"/> at launch (a stale binary).</summary>
    public WorkingTreeRecord? WorkingTree { get; set; }

    public BuildRecord Build { get; set; } = new();
    public List<PackageRecord> Packages { get; set; } = new();
    public AssemblyRecord EntryAssembly { get; set; } = new();

    /// <summary>Allow-listed variables only; names that look secret are never written.</summary>
    public Dictionary<string, string> Environment { get; set; } = new(StringComparer.Ordinal);

    public List<string> Warnings { get; set; } = new();

    /// <summary>
    /// Runs this one's processes started (children/…, relative to this run's directory), as far
    /// as they had begun when this run ended.
    /// </summary>
    public List<string> Children { get; set; } = new();

    /// <summary>Hot reload updates applied while the program ran (`dotnet watch`): its code then differs from <see cref="Git"/>.</summary>
    public List<HotReloadRecord> HotReloads { get; set; } = new();
}

internal sealed class SchedulerRecord
{
    /// <summary>slurm, pbs or lsf.</summary>
    public string Kind { get; set; } = "";
    public string JobId { get; set; } = "";
    public string? ArrayJobId { get; set; }
    public string? ArrayTaskId { get; set; }
    public string? JobName { get; set; }

    /// <summary>The partition (Slurm) or queue (PBS, LSF).</summary>
    public string? Partition { get; set; }
    public string? NodeList { get; set; }
    public string? SubmitDirectory { get; set; }

    /// <summary>How often the job was requeued before this attempt (Slurm's SLURM_RESTART_COUNT); 0 for the first.</summary>
    public int RestartCount { get; set; }

    /// <summary>When the job's time limit ends it, when the scheduler says.</summary>
    public DateTime? EndsAtUtc { get; set; }
}

internal sealed class HotReloadRecord
{
    public DateTime AppliedUtc { get; set; }

    /// <summary>Full names of the types the update changed (empty when the runtime did not say).</summary>
    public List<string> Types { get; set; } = new();
}

/// <summary>The values of <see cref="RunRecord.Status"/>.</summary>
internal static class RunStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Interrupted = "interrupted";

    /// <summary>Never written: inferred by readers when a "running" run's process is gone (kill -9, power loss).</summary>
    public const string Crashed = "crashed";
}

internal sealed class ExceptionRecord
{
    public string Type { get; set; } = "";
    public string Message { get; set; } = "";
    public string? StackTrace { get; set; }

    /// <summary>The whole exception as .NET prints it, inner exceptions included.</summary>
    public string Text { get; set; } = "";
}

internal sealed class CommandRecord
{
    /// <summary>The command as it started the process, word by word: the words <see cref="CommandLine"/> quotes.</summary>
    public List<string> Argv { get; set; } = new();

    /// <summary>The program's own arguments (what Main received); null in records written before this field existed.</summary>
    public List<string>? Arguments { get; set; }

    /// <summary>The entry assembly's path at launch; null in older records (their argv[0] held it).</summary>
    public string? AssemblyPath { get; set; }

    /// <summary>The command quoted so it can be pasted into a shell.</summary>
    public string CommandLine { get; set; } = "";
    public string WorkingDirectory { get; set; } = "";
    public string ProcessPath { get; set; } = "";
}

internal sealed class ProcessRecord
{
    public int Pid { get; set; }

    /// <summary>With the pid, tells a live run from a dead one whose pid was reused.</summary>
    public DateTime StartTimeUtc { get; set; }
}

internal sealed class HostRecord
{
    public string HostName { get; set; } = "";
    public string User { get; set; } = "";
    public string Os { get; set; } = "";
    public string Kernel { get; set; } = "";
    public string Architecture { get; set; } = "";
    public string? CpuModel { get; set; }
    public int LogicalCores { get; set; }
    public long MemoryBytes { get; set; }

    /// <summary>docker, podman, kubernetes, containerd, lxc…; null when not in a container as far as we can tell.</summary>
    public string? Container { get; set; }
}

internal sealed class RuntimeRecord
{
    public string Framework { get; set; } = "";
    public string RuntimeIdentifier { get; set; } = "";
    public string ProcessArchitecture { get; set; } = "";
    public string GcMode { get; set; } = "";
    public bool DebuggerAttached { get; set; }
}

internal sealed class GpuRecord
{
    public string Name { get; set; } = "";
    public string? Uuid { get; set; }
    public long? MemoryTotalMiB { get; set; }
    public string? DriverVersion { get; set; }
}

internal sealed class GitRecord
{
    public string? Commit { get; set; }
    public string? Describe { get; set; }
    public string? Branch { get; set; }
    public bool Dirty { get; set; }
    public string? Remote { get; set; }
    public string? WebLink { get; set; }
    public string Diff { get; set; } = "";
    public bool DiffTruncated { get; set; }
    public List<string> Untracked { get; set; } = new();
    public int UntrackedCount { get; set; }

    /// <summary>What git could not tell (diagnostic code and reason); null when complete.</summary>
    public string? Problem { get; set; }

    /// <summary>"build" (embedded at build time) or "run" (collected at launch, for file-based apps): <see cref="GitCollection"/>.</summary>
    public string CollectedAt { get; set; } = GitCollection.AtBuild;
}

internal sealed class WorkingTreeRecord
{
    public string? Commit { get; set; }

    /// <summary>Repository-relative paths of sources changed since the build.</summary>
    public List<string> ChangedSources { get; set; } = new();
    public string Reason { get; set; } = "";
}

internal sealed class BuildRecord
{
    public string? Configuration { get; set; }
    public string? TargetFramework { get; set; }
    public string? RuntimeIdentifier { get; set; }
    public string? SdkVersion { get; set; }
    public string? ProjectPath { get; set; }
}

internal sealed class PackageRecord
{
    public string Name { get; set; } = "";
    public string Version { get; set; } = "";
}

internal sealed class AssemblyRecord
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }

    /// <summary>Module version id: with deterministic builds, equal MVIDs mean the same compiled code.</summary>
    public string? Mvid { get; set; }
}
