using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

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
    public IReadOnlyList<string> Argv { get; init; } = Array.Empty<string>();
    public DateTime StartedUtc { get; init; }
    public int ProcessId { get; init; }

    public static LaunchFacts Now()
    {
        return new()
        {
            Command = CommandLineText.ForCurrentProcess(),
            Argv = Environment.GetCommandLineArgs(),
            StartedUtc = DateTime.UtcNow,
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
}
