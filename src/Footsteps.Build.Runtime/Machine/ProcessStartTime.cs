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
            // How long ago that was, from the uptime: /proc/stat's btime would say when the machine
            // booted, but the kernel writes all of /proc/stat (a line per CPU, a counter per
            // interrupt) to be read, which costs a many-core node far more than /proc/uptime.
            var now = DateTime.UtcNow;
            if (!TryReadSeconds(SmallTextFile.Read("/proc/uptime"), out var uptime))
                return false;
            started = now.AddSeconds(ticksSinceBoot / TicksPerSecond - uptime);
            return true;
        }
        catch (Exception e) when (e is IOException || e is FormatException || e is IndexOutOfRangeException || e is UnauthorizedAccessException)
        {
            return false;
        }
    }

    // /proc/uptime: "<seconds>.<hundredths> <idle seconds>.<hundredths>".
    private static bool TryReadSeconds(string uptime, out double seconds)
    {
        seconds = 0;
        var end = uptime.IndexOf(' ');
        var dot = uptime.IndexOf('.');
        if (end < 0 || dot < 0 || dot > end)
            return false;
        if (!AsciiInteger.TryParse(uptime.Substring(0, dot), out var whole) || !AsciiInteger.TryParse(uptime.Substring(dot + 1, end - dot - 1), out var hundredths))
            return false;
        seconds = whole + hundredths / 100.0;
        return true;
    }
}
