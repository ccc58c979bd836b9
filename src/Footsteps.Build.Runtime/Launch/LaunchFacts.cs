using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using FootstepsBuild.Runtime.Machine;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>What is true of this launch: taken at run time, since the build cannot know it.</summary>
internal sealed class LaunchFacts
{
    public string Command { get; init; } = "";
    public string HostName { get; init; } = "";
    public string Framework { get; init; } = "";
    public string RuntimeIdentifier { get; init; } = "";
    public string ProcessPath { get; init; } = "";
    public string WorkingDirectory { get; init; } = "";
    /// <summary>The words of <see cref="Command"/> (see <see cref="CommandLineText.Words"/>).</summary>
    public IReadOnlyList<string> Argv { get; init; } = Array.Empty<string>();

    /// <summary>The program's own arguments: what Main received.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = Array.Empty<string>();

    /// <summary>The entry assembly's path as the runtime reports it (Environment.GetCommandLineArgs()[0]).</summary>
    public string AssemblyPath { get; init; } = "";
    public DateTime StartedUtc { get; init; }

    /// <summary>The batch job this launch is part of; null outside one.</summary>
    public SchedulerRecord? Scheduler { get; init; }
    public int ProcessId { get; init; }

    /// <param name="script">The F# script F# Interactive runs, if that is what this process is.</param>
    public static LaunchFacts Now(FsiScript? script)
    {
        var commandLineArgs = Environment.GetCommandLineArgs();
        var words = script?.CommandWords ?? CommandLineText.Words(Environment.ProcessPath, commandLineArgs);
        return new()
        {
            Command = CommandLineText.Join(words),
            Argv = words,
            Arguments = script?.Arguments ?? ProgramArguments(commandLineArgs),
            AssemblyPath = commandLineArgs[0],
            StartedUtc = DateTime.UtcNow,
            Scheduler = SchedulerFacts.FromEnvironment(),
            ProcessId = Environment.ProcessId,
            HostName = Environment.MachineName,
            // RuntimeInformation.FrameworkDescription reads an attribute by reflection (about a
            // millisecond at launch); the version says the same for released runtimes, and info.json
            // gets the full description from the background thread.
            Framework = ".NET " + Environment.Version,
            RuntimeIdentifier = RuntimeInformation.RuntimeIdentifier,
            ProcessPath = Environment.ProcessPath ?? "",
            WorkingDirectory = Environment.CurrentDirectory,
        };
    }

    // Array.Copy rather than a range: no generic code for the JIT at launch.
    private static string[] ProgramArguments(string[] commandLineArgs)
    {
        var arguments = new string[Math.Max(commandLineArgs.Length - 1, 0)];
        Array.Copy(commandLineArgs, 1, arguments, 0, arguments.Length);
        return arguments;
    }
}
