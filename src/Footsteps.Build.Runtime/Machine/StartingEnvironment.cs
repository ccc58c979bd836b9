using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Runtime.Machine;

/// <summary>
/// The environment the process was started with. On Linux the block execve was given, read
/// from /proc/self/environ as one small file: Environment.GetEnvironmentVariables copies the
/// variables into a Hashtable, whose types a launch otherwise never loads (docs/benchmarks.md
/// has the figure). Elsewhere, or where /proc cannot be read, from Environment.
/// </summary>
internal static class StartingEnvironment
{
    private const string ProcEnviron = "/proc/self/environ";

    public static Dictionary<string, string> Read()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return Parse(SmallTextFile.Read(ProcEnviron));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return FromEnvironment();
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

    private static Dictionary<string, string> FromEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
                variables[name] = value;
        }
        return variables;
    }
}
