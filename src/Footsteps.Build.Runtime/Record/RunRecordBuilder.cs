using System;
using System.Collections.Generic;
using System.Reflection;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Runtime.Record;

/// <summary>Assembles the record of a run that is starting, from what the build embedded and what the launch sees.</summary>
internal static class RunRecordBuilder
{
    public static RunRecord Starting(
        string name, string? requestedName, LaunchFacts launch, BuildFacts facts, WorkingTreeRecord? workingTree, Assembly? program)
    {
        var record = new RunRecord
        {
            Name = name,
            RequestedName = requestedName,
            StartedUtc = launch.StartedUtc,
            Scheduler = launch.Scheduler,
            Command = new CommandRecord
            {
                Argv = new List<string>(launch.Argv),
                Arguments = new List<string>(launch.Arguments),
                AssemblyPath = launch.AssemblyPath,
                CommandLine = launch.Command,
                WorkingDirectory = launch.WorkingDirectory,
                ProcessPath = launch.ProcessPath,
            },
            // The start time joins with the details (InfoJsonFile reads an unset one as unknown).
            Process = new ProcessRecord { Pid = launch.ProcessId },
            Host = new HostRecord { HostName = Environment.MachineName },

            Git = new GitRecord
            {
                Commit = facts.Commit,
                Describe = facts.Describe,
                Branch = facts.Branch,
                Dirty = facts.Diff.Length > 0,
                Remote = facts.Remote,
                WebLink = facts.WebLink,
                Diff = facts.Diff,
                DiffTruncated = facts.DiffTruncated,
                Untracked = new List<string>(facts.Untracked),
                UntrackedCount = facts.UntrackedCount,
                Problem = facts.Problem,
                CollectedAt = facts.CollectedAt,
            },
            WorkingTree = workingTree,
            Build = new BuildRecord
            {
                Configuration = facts.Configuration,
                TargetFramework = facts.TargetFramework,
                RuntimeIdentifier = facts.RuntimeIdentifier,
                SdkVersion = facts.SdkVersion,
                ProjectPath = facts.ProjectPath,
            },
            Packages = Packages(facts),

        };
        if (workingTree != null)
            record.Warnings.Add("stale binary: " + workingTree.Reason);
        return record;
    }

    private static List<PackageRecord> Packages(BuildFacts facts)
    {
        var packages = new List<PackageRecord>(facts.Packages.Length);
        foreach (var (name, version) in facts.Packages)
            packages.Add(new PackageRecord { Name = name, Version = version });
        return packages;
    }

    /// <summary>
    /// What the record still lacks after launch, gathered on the run's background thread a few
    /// milliseconds later: the machine, the runtime, the entry assembly's identity and the
    /// allow-listed environment (together they would cost the launch milliseconds).
    /// </summary>
    /// <param name="program">The entry assembly.</param>
    /// <param name="inheritedParentRun">FOOTSTEPS_PARENT_RUN as the process was started with it (null: unset).</param>
    /// <param name="beforeProgramCode">Gathered at launch, before the program's code: the environment as started.</param>
    public static RunDetails Details(Assembly? program, string? inheritedParentRun, bool beforeProgramCode)
    {
        // A run the program's code starts records the variables that code may have set (CUDA_VISIBLE_DEVICES
        // chosen in code, before the libraries that read it are loaded).
        var variables = beforeProgramCode ? EnvironmentSnapshot.AsStarted() : EnvironmentSnapshot.Current();
        return new(ProcessStartTime.ReadUtc(), HostFacts.Read(), HostFacts.Runtime(), Identity(program),
            RecordedEnvironment(variables, inheritedParentRun), EnvironmentAllowList.SearchPath(variables));
    }

    // Where the variables are the current ones, the run may by now have set FOOTSTEPS_PARENT_RUN
    // to its own directory for its children.
    private static Dictionary<string, string> RecordedEnvironment(Dictionary<string, string> variables, string? inheritedParentRun)
    {
        var environment = EnvironmentAllowList.Pick(variables);
        environment.Remove(ParentRun.DirectoryVariable);
        if (inheritedParentRun != null)
            environment[ParentRun.DirectoryVariable] = inheritedParentRun;
        return environment;
    }

    public static void Apply(RunRecord record, RunDetails details)
    {
        record.Process.StartTimeUtc = details.ProcessStartTimeUtc;
        record.Host = details.Host;
        record.Runtime = details.Runtime;
        record.EntryAssembly = details.EntryAssembly;
        record.Environment = details.Environment;
    }

    private static AssemblyRecord Identity(Assembly? program)
    {
        if (program == null)
            return new AssemblyRecord();
        var fullName = program.FullName ?? "";
        return new AssemblyRecord
        {
            Name = AssemblyDisplayName.SimpleName(fullName),
            Version = AssemblyDisplayName.Version(fullName),
            Mvid = GuidText.Format(program.ManifestModule.ModuleVersionId),
        };
    }
}

/// <summary>The parts of a run's record gathered after launch (see <see cref="RunRecordBuilder.Details"/>).</summary>
/// <param name="SearchPath">PATH, where the GPU probe looks for nvidia-smi (not recorded).</param>
internal sealed record RunDetails(
    DateTime ProcessStartTimeUtc, HostRecord Host, RuntimeRecord Runtime, AssemblyRecord EntryAssembly, Dictionary<string, string> Environment,
    string? SearchPath);
