using System;
using System.Collections.Generic;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// The environment variables a run records: only those known to change results or to locate a
/// job, and never one whose name looks secret, whatever list it matched.
/// </summary>
internal static class EnvironmentAllowList
{
    // Arrays, not IReadOnlyList: a foreach over the interface allocates an enumerator and loads its types.
    public static readonly string[] Names = new[]
    {
        "CUDA_VISIBLE_DEVICES", "NVIDIA_VISIBLE_DEVICES", "CUDA_DEVICE_ORDER",
        "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
        "SLURM_JOB_ID", "SLURM_JOB_NAME", "SLURM_ARRAY_JOB_ID", "SLURM_ARRAY_TASK_ID", "SLURM_NODELIST", "SLURM_PROCID",
        "PBS_JOBID", "LSB_JOBID", "JOB_ID",
        "CI", "GITHUB_RUN_ID", "GITHUB_SHA", "GITHUB_WORKFLOW",
        "FOOTSTEPS_NAME", "FOOTSTEPS_PARENT_RUN",
    };

    public static readonly string[] Prefixes = new[] { "DOTNET_", "COMPlus_" };

    private static readonly string[] SecretLooking = { "TOKEN", "KEY", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH", "COOKIE" };

    public static bool LooksSecret(string name)
    {
        foreach (var word in SecretLooking)
        {
            if (AsciiCase.Contains(name, word))
                return true;
        }
        return false;
    }

    private static bool IsAllowed(string name)
    {
        if (LooksSecret(name))
            return false;
        foreach (var listed in Names)
        {
            if (string.Equals(listed, name, StringComparison.Ordinal))
                return true;
        }
        foreach (var prefix in Prefixes)
        {
            if (AsciiCase.StartsWith(name, prefix))
                return true;
        }
        return false;
    }

    /// <summary>
    /// PATH from the variables: taken from the snapshot the record is made of, since reading one
    /// long variable on its own sets up the shared array pool for its buffer.
    /// </summary>
    public static string? SearchPath(Dictionary<string, string> variables)
    {
        foreach (var entry in variables)
        {
            // Windows spells it Path, and its variable names ignore case.
            if (string.Equals(entry.Key, "PATH", OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                return entry.Value;
        }
        return null;
    }

    public static Dictionary<string, string> Pick(Dictionary<string, string> variables)
    {
        // A plain Dictionary: SortedDictionary's first use alone costs the launch 2 ms. The writer sorts.
        var picked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in variables)
        {
            if (IsAllowed(entry.Key))
                picked[entry.Key] = entry.Value;
        }
        return picked;
    }
}
