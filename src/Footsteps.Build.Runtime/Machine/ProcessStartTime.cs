using System;
using System.IO;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// When this process started, in UTC: with the pid, what tells a live run from a dead one whose
/// pid was reused. On Linux read from /proc (System.Diagnostics.Process costs the launch a few
/// milliseconds just to load); elsewhere from Process.
/// </summary>
internal static class ProcessStartTime
{
    // USER_HZ: the unit of /proc/<pid>/stat times, 100 on every mainstream Linux architecture.
    private const double TicksPerSecond = 100;

    public static DateTime ReadUtc()
    {
        if (OperatingSystem.IsLinux() && TryReadFromProc(out var started))
            return started;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }

    private static bool TryReadFromProc(out DateTime started)
    {
        started = default;
        try
        {
            // Field 22 is starttime; the name (field 2) may hold spaces, so count from its ')'.
            var stat = SmallTextFile.Read("/proc/self/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            if (!AsciiInteger.TryParse(fields[19], out var ticksSinceBoot))
                return false;
            long? bootTime = null;
            foreach (var line in SmallTextFile.ReadLines("/proc/stat"))
            {
                if (line.StartsWith("btime ", StringComparison.Ordinal))
                {
                    bootTime = AsciiInteger.TryParse(line.Substring(6).Trim(), out var seconds) ? seconds : null;
                    break;
                }
            }
            if (bootTime == null)
                return false;
            started = DateTime.UnixEpoch.AddSeconds(bootTime.Value + ticksSinceBoot / TicksPerSecond);
            return true;
        }
        catch (Exception e) when (e is IOException || e is FormatException || e is IndexOutOfRangeException || e is UnauthorizedAccessException)
        {
            return false;
        }
    }
}
