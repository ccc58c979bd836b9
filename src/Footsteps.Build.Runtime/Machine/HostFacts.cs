using System;
using System.IO;
using System.Runtime;
using System.Runtime.InteropServices;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>What the machine is: read at launch from the OS (a few small /proc files on Linux), never by starting a process.</summary>
internal static class HostFacts
{
    public static HostRecord Read() => new()
    {
        HostName = Environment.MachineName,
        User = UserName(),
        Os = OperatingSystemName(),
        Kernel = OperatingSystem.IsLinux()
            ? FirstLine("/proc/sys/kernel/osrelease") ?? Environment.OSVersion.VersionString
            : Environment.OSVersion.VersionString,
        Architecture = ArchitectureName(RuntimeInformation.OSArchitecture),
        CpuModel = CpuModel(),
        LogicalCores = Environment.ProcessorCount,
        // What the GC may use: the container's limit when there is one, else the machine's memory.
        MemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        Container = Container(),
    };

    public static RuntimeRecord Runtime() => new()
    {
        Framework = RuntimeInformation.FrameworkDescription,
        RuntimeIdentifier = RuntimeInformation.RuntimeIdentifier,
        ProcessArchitecture = ArchitectureName(RuntimeInformation.ProcessArchitecture),
        GcMode = (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent"),
        DebuggerAttached = System.Diagnostics.Debugger.IsAttached,
    };

    // Enum.ToString's first use compiles the runtime's enum-name cache code: a millisecond.
    private static string ArchitectureName(Architecture architecture) => architecture switch
    {
        Architecture.X64 => "X64",
        Architecture.Arm64 => "Arm64",
        Architecture.X86 => "X86",
        Architecture.Arm => "Arm",
        _ => architecture.ToString(),
    };

    // RuntimeInformation.OSDescription costs the launch 2 ms on Linux; os-release is one small file.
    private static string OperatingSystemName()
    {
        if (OperatingSystem.IsLinux())
        {
            foreach (var line in (ReadAllText("/etc/os-release") ?? "").Split('\n'))
            {
                if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                    return line.Substring("PRETTY_NAME=".Length).Trim('"');
            }
        }
        return RuntimeInformation.OSDescription;
    }

    private const int CpuInfoStartBytes = 4096;

    private static string? CpuModel()
    {
        if (OperatingSystem.IsWindows())
            return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER");
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            // The first processor's block: the kernel writes /proc/cpuinfo as it is read, a block
            // per CPU (asking each for its clock), so the whole file costs milliseconds on a big node.
            foreach (var line in SmallTextFile.ReadStart("/proc/cpuinfo", CpuInfoStartBytes).Split('\n'))
            {
                // x86 says "model name"; many ARM kernels only say "Hardware" or "CPU part".
                if (line.StartsWith("model name", StringComparison.Ordinal) || line.StartsWith("Hardware", StringComparison.Ordinal))
                    return line.Substring(line.IndexOf(':') + 1).Trim();
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    private static string? Container()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        if (Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") != null)
            return "kubernetes";
        if (File.Exists("/.dockerenv"))
            return "docker";
        if (File.Exists("/run/.containerenv"))
            return "podman";
        var declared = Environment.GetEnvironmentVariable("container");
        if (!string.IsNullOrEmpty(declared))
            return declared;
        var cgroup = ReadAllText("/proc/1/cgroup") ?? "";
        foreach (var runtime in new[] { "docker", "kubepods", "containerd", "lxc" })
        {
            if (cgroup.Contains(runtime, StringComparison.Ordinal))
                return runtime;
        }
        return null;
    }

    // On Unix, Environment.UserName asks the user database (NSS: nsswitch.conf, /etc/passwd or a
    // directory service) on every launch; the login's USER says the same.
    private static string UserName() =>
        OperatingSystem.IsWindows()
            ? Environment.UserName
            : Environment.GetEnvironmentVariable("USER") ?? Environment.GetEnvironmentVariable("LOGNAME") ?? Environment.UserName;

    private static string? FirstLine(string path) => ReadAllText(path)?.Split('\n')[0].Trim();

    private static string? ReadAllText(string path)
    {
        try
        {
            return File.Exists(path) ? SmallTextFile.Read(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
