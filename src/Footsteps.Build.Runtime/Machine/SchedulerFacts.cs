using System;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// The batch job a run is part of, from the variables the scheduler sets in every job: Slurm,
/// PBS/Torque and LSF. Read at launch (a few environment lookups); null outside a job.
/// </summary>
internal static class SchedulerFacts
{
    public const string Slurm = "slurm";
    public const string Pbs = "pbs";
    public const string Lsf = "lsf";

    public static SchedulerRecord? FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <param name="variable">Looks an environment variable up (null when unset).</param>
    public static SchedulerRecord? From(Func<string, string?> variable)
    {
        string? Value(string name) => variable(name) is { Length: > 0 } value ? value : null;

        if (Value("SLURM_JOB_ID") is { } slurmJob)
        {
            return new SchedulerRecord
            {
                Kind = Slurm,
                JobId = slurmJob,
                ArrayJobId = Value("SLURM_ARRAY_JOB_ID"),
                ArrayTaskId = Value("SLURM_ARRAY_TASK_ID"),
                JobName = Value("SLURM_JOB_NAME"),
                Partition = Value("SLURM_JOB_PARTITION"),
                NodeList = Value("SLURM_JOB_NODELIST") ?? Value("SLURM_NODELIST"),
                SubmitDirectory = Value("SLURM_SUBMIT_DIR"),
                RestartCount = Integer(Value("SLURM_RESTART_COUNT")) ?? 0,
                EndsAtUtc = UnixTime(Value("SLURM_JOB_END_TIME")),
            };
        }
        if (Value("PBS_JOBID") is { } pbsJob)
        {
            var index = Value("PBS_ARRAY_INDEX") ?? Value("PBS_ARRAYID");
            return new SchedulerRecord
            {
                Kind = Pbs,
                JobId = pbsJob,
                // "1234[5].server": the array's own id is the part before the index.
                ArrayJobId = index == null ? null : Value("PBS_ARRAY_ID") ?? ArrayOf(pbsJob),
                ArrayTaskId = index,
                JobName = Value("PBS_JOBNAME"),
                Partition = Value("PBS_QUEUE"),
                SubmitDirectory = Value("PBS_O_WORKDIR"),
            };
        }
        if (Value("LSB_JOBID") is { } lsfJob)
        {
            // LSB_JOBINDEX is 0 outside a job array.
            var index = Value("LSB_JOBINDEX") is { } i && i != "0" ? i : null;
            return new SchedulerRecord
            {
                Kind = Lsf,
                JobId = index == null ? lsfJob : $"{lsfJob}[{index}]",
                ArrayJobId = index == null ? null : lsfJob,
                ArrayTaskId = index,
                JobName = Value("LSB_JOBNAME"),
                Partition = Value("LSB_QUEUE"),
                NodeList = Value("LSB_HOSTS"),
                SubmitDirectory = Value("LS_SUBCWD"),
            };
        }
        return null;
    }

    /// <summary>
    /// The run's name when nothing else names it: the job's name, then the array job and task
    /// ("sweep/812_3"), or the job ("train/812"). Every task of an array gets its own directory.
    /// </summary>
    public static string RunName(SchedulerRecord job) => $"{job.JobName ?? job.Kind}/{Label(job)}";

    /// <summary>The job as its scheduler names it: "812_3" for an array task, "900" for a job.</summary>
    public static string Label(SchedulerRecord job) =>
        job.ArrayJobId != null && job.ArrayTaskId != null ? $"{job.ArrayJobId}_{job.ArrayTaskId}" : job.JobId;

    private static string ArrayOf(string jobId)
    {
        var bracket = jobId.IndexOf('[');
        return bracket < 0 ? jobId : jobId.Substring(0, bracket) + jobId.Substring(jobId.IndexOf(']') + 1);
    }

    private static int? Integer(string? text) =>
        text != null && HandWritten.AsciiInteger.TryParse(text, out var value) && value is >= 0 and <= int.MaxValue ? (int)value : null;

    private static DateTime? UnixTime(string? text) =>
        text != null && HandWritten.AsciiInteger.TryParse(text, out var seconds) && seconds > 0 ? DateTime.UnixEpoch.AddSeconds(seconds) : null;
}
