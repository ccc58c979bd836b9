using System.Diagnostics;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// A real single-node Slurm cluster (Debian's slurmctld, slurmd and munge, started as root by
/// tests/slurm/cluster.sh), for as long as the test class that uses it. It fails loudly where it
/// cannot start: CI must run these tests.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    private static readonly string Script = Path.Combine(PackedFootsteps.RepositoryRoot, "tests", "slurm", "cluster.sh");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "footsteps-slurm-" + Guid.NewGuid().ToString("N")[..8]);

    public SlurmCluster()
    {
        var start = ProcessRunner.Run("bash", new[] { Script, "start", _directory }, Path.GetTempPath());
        if (start.ExitCode != 0)
            throw new InvalidOperationException(
                "Could not start the single-node Slurm cluster these tests need (root, and Debian's slurmctld, slurmd, slurm-client " +
                "and munge, which .ci/run installs): " + start);
        Configuration = start.StandardOutput.Trim();
    }

    /// <summary>SLURM_CONF for the client commands.</summary>
    public string Configuration { get; }

    /// <summary>`sbatch --parsable` with <paramref name="arguments"/>; returns the job id.</summary>
    public string Submit(string workingDirectory, params string[] arguments)
    {
        var submit = Slurm("sbatch", workingDirectory, new[] { "--parsable", "--output=/dev/null", $"--chdir={workingDirectory}" }.Concat(arguments).ToArray());
        return submit.Split(';')[0].Trim();
    }

    public void Cancel(string jobId) => Slurm("scancel", Path.GetTempPath(), jobId);

    /// <summary>Waits until the job (every task of an array) has left the queue.</summary>
    public void WaitUntilDone(string jobId)
    {
        var clock = Stopwatch.StartNew();
        while (Slurm("squeue", Path.GetTempPath(), "-h", "-j", jobId, "-o", "%i").Trim().Length > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
                throw new TimeoutException($"Slurm job {jobId} did not finish within 3 minutes.");
            Thread.Sleep(250);
        }
    }

    public void Dispose()
    {
        ProcessRunner.Run("bash", new[] { Script, "stop", _directory }, Path.GetTempPath());
    }

    private string Slurm(string command, string workingDirectory, params string[] arguments)
    {
        var result = ProcessRunner.Run(command, arguments, workingDirectory, null, new Dictionary<string, string?> { ["SLURM_CONF"] = Configuration });
        Assert.True(result.ExitCode == 0, $"{command} {string.Join(" ", arguments)}: {result}");
        return result.StandardOutput;
    }
}
