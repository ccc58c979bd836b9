using System.Diagnostics;
using System.Text;

namespace FootstepsBuild.Tests.Testing;

/// <summary>A program started in the background, so a test can signal or kill it mid-run.</summary>
public sealed class RunningProgram : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    /// <param name="runName">FOOTSTEPS_NAME for the program; null for none. Its stdin stays open, unwritten, until it exits.</param>
    public RunningProgram(string fileName, string workingDirectory, string? runName, params string[] arguments)
        : this(fileName, workingDirectory, runName, new Dictionary<string, string?>(), arguments)
    {
    }

    /// <param name="environment">Variables to set (a null value removes one).</param>
    public RunningProgram(string fileName, string workingDirectory, string? runName, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
        {
            if (value == null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }
        if (runName == null)
            startInfo.Environment.Remove("FOOTSTEPS_NAME");
        else
            startInfo.Environment["FOOTSTEPS_NAME"] = runName;
        _process = Process.Start(startInfo)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public void WaitForOutput(string text)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                // Its last lines may still be on their way: WaitForExit waits for them.
                _process.WaitForExit();
                if (Output.Contains(text, StringComparison.Ordinal))
                    return;
            }
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
                throw new Xunit.Sdk.XunitException($"The program never printed '{text}':\n{Output}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Sends a signal as `kill -s NAME` would (INT, TERM, KILL).</summary>
    public void Signal(string name)
    {
        var result = ProcessRunner.Run("kill", new[] { "-s", name, Id.ToString() }, Path.GetTempPath());
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public int WaitForExit()
    {
        Assert.True(_process.WaitForExit(TimeSpan.FromSeconds(60)), "The program did not exit:\n" + Output);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line == null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
