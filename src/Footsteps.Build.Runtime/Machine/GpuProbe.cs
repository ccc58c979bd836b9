using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// Asks nvidia-smi for the GPUs (the run's background thread calls it, so launch never waits).
/// Without nvidia-smi on PATH nothing is started and the record has no GPUs.
/// </summary>
internal static class GpuProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(100);
    private const string QueryArgument = "--query-gpu=name,uuid,memory.total,driver_version";

    /// <summary>The GPUs nvidia-smi reports; null without nvidia-smi, or when it reports none or fails.</summary>
    /// <param name="searchPath">The PATH to find nvidia-smi in.</param>
    /// <param name="whileWaiting">Called every 0.1 s while nvidia-smi has not answered (the thread's other work).</param>
    public static List<GpuRecord>? Query(string? searchPath, Action whileWaiting)
    {
        var executable = ProgramOnPath.Find("nvidia-smi", searchPath, OperatingSystem.IsWindows(), System.IO.File.Exists);
        return executable == null ? null : Ask(executable, whileWaiting);
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
                MemoryTotalMiB = AsciiInteger.TryParse(fields[2], out var mib) ? mib : null,
                DriverVersion = fields[3],
            })
            .ToList();

    private static List<GpuRecord>? Ask(string executable, Action whileWaiting)
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
            startInfo.ArgumentList.Add(QueryArgument);
            startInfo.ArgumentList.Add("--format=csv,noheader,nounits");
            using var process = Process.Start(startInfo)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            var deadline = Stopwatch.StartNew();
            while (!process.WaitForExit(WaitSlice))
            {
                if (deadline.Elapsed > Timeout)
                {
                    process.Kill(entireProcessTree: true);
                    return null;
                }
                whileWaiting();
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
}
