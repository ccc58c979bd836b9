using FootstepsBuild.Tests.Testing;
using Xunit.Sdk;

namespace FootstepsBuild.Tests.Windows.Wine;

/// <summary>
/// Windows programs run under Wine from the Linux side, with pipes for stdin and stdout (Wine's
/// terminal is not Windows' console: Ctrl-C fires twice there). Every call has a timeout, and a
/// call past it fails the test and ends every process of the prefix: under Wine 8.0 a process
/// that crashed a second time may hang instead of exiting.
/// </summary>
public static class WineProcess
{
    /// <summary>Runs <paramref name="program"/> (a Linux path to a .exe, or a Windows command such as cmd) to its end.</summary>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    public static ProcessResult Run(
        string program, IEnumerable<string> arguments, string workingDirectory, string? standardInput = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var prefix = WinePrefix.Instance;
        try
        {
            return ProcessRunner.Run(WinePrefix.Wine64, new[] { program }.Concat(arguments), workingDirectory, standardInput,
                prefix.Environment(environment), WinePrefix.CallTimeout, afterTimeout: prefix.KillProcesses);
        }
        catch (TimeoutException e)
        {
            throw new XunitException($"Under Wine, a call that does not end is a failure (every process of the prefix was ended): {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="program"/> named <paramref name="runName"/> (FOOTSTEPS_NAME) to its end.</summary>
    public static ProcessResult RunNamed(string program, string runName, string workingDirectory, params string[] arguments) =>
        Run(program, arguments, workingDirectory, environment: new Dictionary<string, string?> { ["FOOTSTEPS_NAME"] = runName });

    /// <summary>Starts <paramref name="program"/> in the background, named <paramref name="runName"/>; its stdin stays open.</summary>
    public static Started Start(string program, string runName, string workingDirectory, params string[] arguments) =>
        new(new RunningProgram(WinePrefix.Wine64, workingDirectory, runName, WinePrefix.Instance.Environment(),
            new[] { program }.Concat(arguments).ToArray()));

    /// <summary>A Windows program running under Wine: its Linux process is the Windows process, so signals reach it.</summary>
    public sealed class Started : IDisposable
    {
        private readonly RunningProgram _program;

        internal Started(RunningProgram program)
        {
            _program = program;
        }

        public string Output => _program.Output;

        public void WaitForOutput(string text) => WhileAlive(() =>
        {
            _program.WaitForOutput(text);
            return 0;
        });

        /// <summary>`kill -s NAME` to the Wine process: Wine turns SIGINT into the console's Ctrl-C event.</summary>
        public void Signal(string name) => _program.Signal(name);

        public int WaitForExit() => WhileAlive(_program.WaitForExit);

        public void Dispose() => _program.Dispose();

        // A wait that gives up on a process still running ends the prefix's processes with it.
        private T WhileAlive<T>(Func<T> wait)
        {
            try
            {
                return wait();
            }
            catch (XunitException) when (!_program.HasExited)
            {
                _program.Dispose();
                WinePrefix.Instance.KillProcesses();
                throw;
            }
        }
    }
}
