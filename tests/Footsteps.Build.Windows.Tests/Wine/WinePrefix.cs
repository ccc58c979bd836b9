using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.Windows.Wine;

/// <summary>
/// The Wine prefix (the Windows installation, C:\ and its registry) of this test run: booted
/// once, since a fresh prefix takes seconds to set up; served by one persistent wineserver, so
/// no call waits for a server to start or outlives one; killed with its processes at the end.
/// Wine is Debian's wine64 (`apt-get install --no-install-recommends wine64`; .ci/run installs it).
/// </summary>
public sealed class WinePrefix
{
    public const string Wine64 = "/usr/lib/wine/wine64";
    private const string WineServer = "/usr/lib/wine/wineserver";

    /// <summary>One Wine call: generous for a busy 2-core machine; a call past it is a failure, never a wait.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan BootTimeout = TimeSpan.FromMinutes(3);

    // Wine 8.0 reports Windows 7 unless told otherwise. On an unhandled exception it starts
    // winedbg, which prints a register dump and makes the process exit 0; Windows without a
    // debugger ends the process with the exception's code, as Wine does with none named.
    private const string Settings = """
        Windows Registry Editor Version 5.00

        [HKEY_CURRENT_USER\Software\Wine]
        "Version"="win10"

        [HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\AeDebug]
        "Debugger"=""
        "Auto"="1"

        """;

    private static readonly Lazy<WinePrefix> Shared = new(() => new WinePrefix(), LazyThreadSafetyMode.ExecutionAndPublication);

    private WinePrefix()
    {
        if (!File.Exists(Wine64))
            throw new InvalidOperationException($"{Wine64} is missing: the Windows suite runs programs under Debian's wine64 " +
                "(apt-get install -y --no-install-recommends wine64, as .ci/run does).");
        Directory = Path.Combine(Path.GetTempPath(), "footsteps-wine-" + Guid.NewGuid().ToString("N")[..8]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();
        // Wine Mono and Gecko (.NET Framework and HTML for Windows programs) would be offered
        // for installation at boot; a .NET program needs neither, but does need mscoree later.
        Shell($"{Wine64} wineboot --init", new Dictionary<string, string?> { ["WINEDLLOVERRIDES"] = "mscoree,mshtml=" });
        var settings = Path.Combine(Directory, "footsteps-settings.reg");
        File.WriteAllText(settings, Settings.ReplaceLineEndings("\r\n"));
        Shell($"{Wine64} regedit /S '{WindowsPath(settings)}'");
        // The server wineboot started ends a few seconds after its last process; then one for good.
        Shell($"{WineServer} -w; {Serve}");
    }

    // A persistent server, and Wine's own services (services.exe, winedevice, rpcss...) started
    // from here: the first program that needs them would otherwise start them holding its
    // stdout, which they keep open, so reading that program's output would never end.
    private const string Serve = $"{WineServer} -p && {Wine64} cmd /c exit";

    public static WinePrefix Instance => Shared.Value;

    /// <summary>The prefix's directory (WINEPREFIX).</summary>
    public string Directory { get; }

    /// <summary>How Wine sees a Linux path: Z:\ is the Linux root in every prefix.</summary>
    public static string WindowsPath(string linuxPath) => "Z:" + Path.GetFullPath(linuxPath).Replace('/', '\\');

    /// <summary>The environment of every Wine call, with <paramref name="changes"/> applied (a null value removes one).</summary>
    public Dictionary<string, string?> Environment(IReadOnlyDictionary<string, string?>? changes = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["WINEPREFIX"] = Directory,
            ["WINEDEBUG"] = "-all",
            // No window may open: there is no display, and a test must never wait on one.
            ["DISPLAY"] = null,
            ["WAYLAND_DISPLAY"] = null,
        };
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
            environment[name] = value;
        return environment;
    }

    /// <summary>
    /// Ends every process of the prefix, as a hung call requires (Wine may leave a crashed process
    /// hanging, and the processes it started hold its pipes), then serves the next calls afresh.
    /// </summary>
    public void KillProcesses() => Shell($"{WineServer} -k; {Serve}");

    // Through sh with every stream redirected: a daemon that inherited our pipes (wineserver,
    // services wineboot starts) would keep them open and block the reading of this call's output.
    private void Shell(string command, IReadOnlyDictionary<string, string?>? changes = null)
    {
        var log = Path.Combine(Path.GetTempPath(), $"footsteps-wine-{Guid.NewGuid():N}.log");
        var result = ProcessRunner.Run("/bin/sh", new[] { "-c", $"({command}) </dev/null >'{log}' 2>&1" }, Path.GetTempPath(),
            environment: Environment(changes), timeout: BootTimeout);
        var output = File.ReadAllText(log);
        File.Delete(log);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"'{command}' failed in the Wine prefix {Directory}: {result}\n{output}");
    }

    // Detached (setsid), since the test host may be ended before its exit handlers finish; and
    // the prefix is 700 MB.
    private void Remove()
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "/bin/sh", "-c", $"exec </dev/null >/dev/null 2>&1; {WineServer} -k; rm -rf '{Directory}'" })
            startInfo.ArgumentList.Add(argument);
        startInfo.Environment["WINEPREFIX"] = Directory;
        System.Diagnostics.Process.Start(startInfo)?.Dispose();
    }
}
