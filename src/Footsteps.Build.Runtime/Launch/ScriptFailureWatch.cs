using System;
using System.Reflection;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// Recognises an F# script that failed. F# Interactive catches what the script's code throws,
/// prints it and exits with 1, so the process never sees an unhandled exception. fsi invokes
/// the script's compiled code by reflection: the exception leaves it wrapped in a
/// TargetInvocationException, whose inner exception unwound out of the script's startup code.
/// </summary>
internal sealed class ScriptFailureWatch
{
    // The compiled script's top level: <StartupCode$FSI_0002>.$FSI_0002.main@().
    private const string ScriptTopLevelFrame = "<StartupCode$FSI_";

    private volatile TargetInvocationException? _lastWrapped;

    private ScriptFailureWatch()
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is TargetInvocationException { InnerException: not null } wrapped)
                _lastWrapped = wrapped;
        };
    }

    public static ScriptFailureWatch Start() => new();

    /// <summary>The exception that escaped the script's top level, if the last one caught by reflection did.</summary>
    public Exception? EscapedException()
    {
        var escaped = _lastWrapped?.InnerException;
        return escaped != null && LeftTheScriptTopLevel(escaped.StackTrace) ? escaped : null;
    }

    // The outermost frame above the reflection call is the script's top level, not a method the
    // script itself invoked by reflection and caught.
    private static bool LeftTheScriptTopLevel(string? stackTrace)
    {
        if (stackTrace == null)
            return false;
        string? outermost = null;
        foreach (var line in stackTrace.Split('\n'))
        {
            var frame = line.Trim();
            if (frame.Length > 0 && !frame.StartsWith("at System.Reflection.", StringComparison.Ordinal))
                outermost = frame;
        }
        return outermost != null && outermost.Contains(ScriptTopLevelFrame, StringComparison.Ordinal);
    }
}
