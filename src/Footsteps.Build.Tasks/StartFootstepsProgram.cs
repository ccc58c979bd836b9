using System;
using System.ComponentModel;
using System.Diagnostics;
using FootstepsBuild.Shared;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FootstepsBuild.Tasks;

/// <summary>
/// Starts the built program with the console attached (no redirection, unlike Exec), so the
/// name prompt reaches the terminal, then waits and fails the build on a non-zero exit code.
/// </summary>
public sealed class StartFootstepsProgram : Task
{
    [Required] public string Command { get; set; } = "";

    /// <summary>The SDK's RunArguments (already a command-line string).</summary>
    public string Arguments { get; set; } = "";

    /// <summary>The user's program arguments, a command-line string quoted as for a shell.</summary>
    public string ProgramArguments { get; set; } = "";
    public string WorkingDirectory { get; set; } = "";

    /// <summary>When set, becomes FOOTSTEPS_NAME so the program does not prompt.</summary>
    public string RunName { get; set; } = "";

    public override bool Execute()
    {
        var arguments = string.Join(" ", new[] { Arguments, ProgramArguments }).Trim();
        var startInfo = new ProcessStartInfo(Command, arguments)
        {
            UseShellExecute = false,
            WorkingDirectory = string.IsNullOrEmpty(WorkingDirectory) ? Environment.CurrentDirectory : WorkingDirectory,
        };
        if (!string.IsNullOrEmpty(RunName))
            startInfo.EnvironmentVariables["FOOTSTEPS_NAME"] = RunName;

        Log.LogMessage(MessageImportance.High, "Footsteps: running {0} {1}", Command, arguments);
        int exitCode;
        try
        {
            using var process = Process.Start(startInfo)!;
            process.WaitForExit();
            exitCode = process.ExitCode;
        }
        catch (Win32Exception e)
        {
            Log.LogError(null, Diagnostics.ProgramNotStarted, null, null, 0, 0, 0, 0,
                "Footsteps: could not start '{0}': {1}", Command, e.Message);
            return false;
        }

        if (exitCode != 0)
            Log.LogError(null, Diagnostics.ProgramFailed, null, null, 0, 0, 0, 0,
                "Footsteps: '{0}' exited with code {1}.", Command, exitCode);
        return !Log.HasLoggedErrors;
    }
}
