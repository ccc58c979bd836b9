using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using FootstepsRuntime.Record;

namespace FootstepsRuntime.Machine;

/// <summary>
/// Asks nvidia-smi for the GPUs, on a background thread so launch never waits for it. Without
/// nvidia-smi on PATH nothing is started and the record has no GPUs.
/// </summary>
internal sealed class GpuProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private const string Query = "--query-gpu=name,uuid,memory.total,driver_version";

    private readonly Thread? _thread;
    private List<GpuRecord>? _gpus;

    private GpuProbe(Action<List<GpuRecord>>? whenFound)
    {
        var executable = FindOnPath(OperatingSystem.IsWindows() ? "nvidia-smi.exe" : "nvidia-smi");
        if (executable == null)
            return;
        _thread = new Thread(() =>
        {
            _gpus = Ask(executable);
            if (_gpus != null)
                whenFound?.Invoke(_gpus);
        }) { IsBackground = true, Name = "Footsteps GPU probe" };
        _thread.Start();
    }

    /// <param name="whenFound">Called on the probe's thread with the GPUs, if any.</param>
    public static GpuProbe Start(Action<List<GpuRecord>>? whenFound = null) => new(whenFound);

    /// <summary>The GPUs, waiting at most <paramref name="wait"/> for nvidia-smi; null when none are known.</summary>
    public List<GpuRecord>? Gpus(TimeSpan wait)
    {
        _thread?.Join(wait);
        return _gpus;
    }

    /// <summary>Parses `nvidia-smi --query-gpu=name,uuid,memory.total,driver_version --format=csv,noheader,nounits`.</summary>
    public static List<GpuRecord> Parse(string csv) =>
        csv.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(field => field.Trim()).ToArray())
            .Where(fields => fields.Length >= 4)
            .Select(fields => new GpuRecord
            {
                Name = fields[0],
                Uuid = fields[1],
                MemoryTotalMiB = long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var mib) ? mib : null,
                DriverVersion = fields[3],
            })
            .ToList();

    private static List<GpuRecord>? Ask(string executable)
    {
        try
        {
            var startInfo = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            startInfo.ArgumentList.Add(Query);
            startInfo.ArgumentList.Add("--format=csv,noheader,nounits");
            using var process = Process.Start(startInfo)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            var gpus = process.ExitCode == 0 ? Parse(output.Result) : new List<GpuRecord>();
            _ = error.Result;
            return gpus.Count > 0 ? gpus : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? FindOnPath(string fileName)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, fileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
