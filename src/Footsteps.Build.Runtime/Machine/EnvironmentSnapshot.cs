using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// The process's environment variables, copied once for the record: as the process was started
/// (at launch, before the program's code, the same as the current ones but for what Footsteps
/// itself sets), or as they are now (a run the program's code starts, after it may have set some).
/// </summary>
internal static class EnvironmentSnapshot
{
    private const string ProcEnviron = "/proc/self/environ";

    /// <summary>
    /// The variables the process was started with. On Linux the block execve was given, read from
    /// /proc/self/environ as one small file: Environment.GetEnvironmentVariables copies the
    /// variables into a Hashtable, whose types a launch otherwise never loads (docs/benchmarks.md
    /// has the figure). Elsewhere, or where /proc cannot be read, <see cref="Current"/>.
    /// </summary>
    public static Dictionary<string, string> AsStarted()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // Empty for a process started with no variables, or one whose memory the kernel can no
                // longer read: .NET's own view then.
                var started = Parse(SmallTextFile.Read(ProcEnviron));
                if (started.Count > 0)
                    return started;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return Current();
    }

    /// <summary>The variables as they are now, the program's own changes included.</summary>
    public static Dictionary<string, string> Current()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
                variables[name] = value;
        }
        return variables;
    }

    /// <summary>
    /// NUL-separated <c>NAME=value</c> entries, as /proc/&lt;pid&gt;/environ holds them. An entry
    /// without a name before its '=' is left out, as .NET leaves it out of its own environment.
    /// </summary>
    public static Dictionary<string, string> Parse(string block)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = 0;
        while (start < block.Length)
        {
            var end = block.IndexOf('\0', start);
            if (end < 0)
                end = block.Length;
            var equals = block.IndexOf('=', start, end - start);
            if (equals > start)
                variables[block.Substring(start, equals - start)] = block.Substring(equals + 1, end - equals - 1);
            start = end + 1;
        }
        return variables;
    }
}
