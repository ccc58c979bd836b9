using System.Diagnostics;
using System.Text;

namespace FootstepsBuild.Tests.Testing;

/// <summary>What a finished child process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string AllOutput => StandardOutput + StandardError;

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}

/// <summary>Runs programs as a user's shell would, with stdin piped (or closed) and output captured.</summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <param name="standardInput">Written to stdin, which is then closed; null closes it at once.</param>
    /// <param name="environment">Variables to set; a null value removes one.</param>
    /// <param name="afterTimeout">Run when the process tree was killed for its timeout, before its output is read (Wine kills the processes its server started).</param>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        string? standardInput = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        Action? afterTimeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        // A developer's own settings must not leak into the program under test.
        startInfo.Environment.Remove("FOOTSTEPS_NAME");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value == null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput != null)
            process.StandardInput.Write(standardInput);
        process.StandardInput.Close();

        var clock = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            afterTimeout?.Invoke();
            throw new TimeoutException($"'{fileName} {string.Join(" ", arguments)}' did not finish in time.\n{output.Result}\n{error.Result}");
        }
        // A process it started may hold its output open after it exited: that, too, within the time.
        var left = limit - clock.Elapsed;
        if (!Task.WaitAll(new Task[] { output, error }, left > TimeSpan.Zero ? left : TimeSpan.Zero))
        {
            afterTimeout?.Invoke();
            throw new TimeoutException($"'{fileName} {string.Join(" ", arguments)}' exited, but a process it started still holds its output open.");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
