using System;
using System.IO;
using System.Text.Json;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Records;

/// <summary>
/// Reads info.json (written by the runtime's InfoJsonFile) into the one model of a run, and tells
/// what a reader can tell that the record does not: a run still marked running whose process is
/// gone crashed.
/// </summary>
internal static class RunRecordFile
{
    /// <exception cref="InvalidDataException">Not a run record, or one from a newer schema.</exception>
    public static RunRecord Read(string path)
    {
        using var stream = File.OpenRead(path);
        RunRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(stream, RunRecordJson.Default.RunRecord);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a readable run record: {e.Message}", e);
        }
        if (record == null)
            throw new InvalidDataException($"'{path}' is empty.");
        if (record.Schema > RunRecord.CurrentSchema)
            throw new InvalidDataException(
                $"'{path}' was written with record schema {record.Schema}; this version reads schema " +
                    $"{RunRecord.CurrentSchema} and older. Update Footsteps to read it.");
        return record;
    }

    /// <summary>
    /// The status to show: a run still marked running whose process is gone (killed with
    /// SIGKILL, or the machine lost power) is <see cref="RunStatus.Crashed"/>. A run recorded on
    /// another host, or on this host's other OS, cannot be checked and keeps its recorded status.
    /// </summary>
    public static string EffectiveStatus(RunRecord record)
    {
        if (record.Status != RunStatus.Running)
            return record.Status;
        if (!string.Equals(record.Host.HostName, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
            return record.Status;
        // WSL takes the Windows host's name (Wine too), but a Windows pid names no Linux process.
        if (WrittenOnWindows(record) != OperatingSystem.IsWindows())
            return record.Status;
        return IsAlive(record.Process) ? RunStatus.Running : RunStatus.Crashed;
    }

    // A record read from JSON may hold null where the model says it never is.
    private static bool WrittenOnWindows(RunRecord record) =>
        record.Runtime?.RuntimeIdentifier?.StartsWith("win", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsAlive(ProcessRecord recorded)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(recorded.Pid);
            // A reused pid belongs to a process that started at another time. (A record read in
            // its first milliseconds may not have the start time yet: then the pid alone tells.)
            return recorded.StartTimeUtc == default
                || Math.Abs((process.StartTime.ToUniversalTime() - recorded.StartTimeUtc).TotalSeconds) < 2;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
