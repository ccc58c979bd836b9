namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// The runtime's list of the methods it JIT-compiled in one run (DOTNET_JitDisasmSummary, which
/// release runtimes honour): what a program compiled at run time instead of finding precompiled.
/// </summary>
public static class JitSummary
{
    private const string Compiled = "JIT compiled ";

    /// <summary>The variables that make a run write its summary to <paramref name="file"/> (a path as the program sees it).</summary>
    public static Dictionary<string, string?> Environment(string file) => new()
    {
        ["DOTNET_JitDisasmSummary"] = "1",
        ["DOTNET_JitStdOutFile"] = file,
    };

    /// <summary>" 12: JIT compiled Program:&lt;Main&gt;$(System.String[]) [Tier0, …]" read as "Program:&lt;Main&gt;$(System.String[])".</summary>
    public static List<string> Methods(string file) =>
        File.ReadAllLines(file)
            .Where(line => line.Contains(Compiled, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(Compiled, StringComparison.Ordinal) + Compiled.Length)..])
            .Select(line => line.Contains(" [", StringComparison.Ordinal) ? line[..line.IndexOf(" [", StringComparison.Ordinal)] : line)
            .ToList();

    /// <summary>A method of the Footsteps runtime (the global Footsteps type or the FootstepsBuild.Runtime namespace).</summary>
    public static bool IsRuntimes(string method) =>
        method.StartsWith("Footsteps:", StringComparison.Ordinal) || method.StartsWith("FootstepsBuild.Runtime.", StringComparison.Ordinal);

    /// <summary>A method of the program's own top-level code.</summary>
    public static bool IsProgramsMain(string method) => method.StartsWith("Program:", StringComparison.Ordinal);
}
