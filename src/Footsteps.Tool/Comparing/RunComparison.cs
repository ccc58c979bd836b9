using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tool.Comparing;

/// <summary>The facts of two records, compared: packages, build, command, machine.</summary>
internal static class RunComparison
{
    public const string Code = "Code";
    public const string Packages = "Packages";
    public const string Build = "Build";
    public const string Command = "Command";
    public const string Machine = "Machine";

    public static readonly string[] Sections = { Code, Packages, Build, Command, Machine };

    public static void CompareFacts(Differences differences, RunRecord a, RunRecord b)
    {
        differences.Named(Packages, a.Packages.Select(p => (p.Name, p.Version)), b.Packages.Select(p => (p.Name, p.Version)));

        differences.Value(Build, "configuration", a.Build.Configuration, b.Build.Configuration);
        differences.Value(Build, "target framework", a.Build.TargetFramework, b.Build.TargetFramework);
        differences.Value(Build, "runtime identifier", a.Build.RuntimeIdentifier, b.Build.RuntimeIdentifier);
        differences.Value(Build, "SDK", a.Build.SdkVersion, b.Build.SdkVersion);
        differences.Value(Build, "project", a.Build.ProjectPath, b.Build.ProjectPath);

        differences.Value(Command, "command line", a.Command.CommandLine, b.Command.CommandLine);
        differences.Value(Command, "working directory", a.Command.WorkingDirectory, b.Command.WorkingDirectory);
        differences.Named(Command, a.Environment.Select(e => (e.Key, e.Value)), b.Environment.Select(e => (e.Key, e.Value)));

        differences.Value(Machine, "host", a.Host.HostName, b.Host.HostName);
        differences.Value(Machine, "user", a.Host.User, b.Host.User);
        differences.Value(Machine, "OS", a.Host.Os, b.Host.Os);
        differences.Value(Machine, "kernel", a.Host.Kernel, b.Host.Kernel);
        differences.Value(Machine, "architecture", a.Host.Architecture, b.Host.Architecture);
        differences.Value(Machine, "CPU", a.Host.CpuModel, b.Host.CpuModel);
        differences.Value(Machine, "logical cores", a.Host.LogicalCores.ToString(), b.Host.LogicalCores.ToString());
        differences.Value(Machine, "memory bytes", a.Host.MemoryBytes.ToString(), b.Host.MemoryBytes.ToString());
        differences.Value(Machine, "container", a.Host.Container, b.Host.Container);
        differences.Value(Machine, "runtime", a.Runtime.Framework, b.Runtime.Framework);
        differences.Value(Machine, "GC", a.Runtime.GcMode, b.Runtime.GcMode);
        differences.Value(Machine, "GPUs", Gpus(a), Gpus(b));
    }

    private static string? Gpus(RunRecord record) =>
        record.Gpus == null ? null : string.Join(", ", record.Gpus.Select(g => $"{g.Name} {g.DriverVersion}"));
}
