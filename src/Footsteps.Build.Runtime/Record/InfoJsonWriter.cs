using System;
using System.Collections.Generic;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Shared.Json;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Writes a <see cref="RunRecord"/> as info.json without System.Text.Json, whose first use
/// would cost the launch about ten milliseconds; Footsteps.Records (RunRecordFile.Read) reads it back
/// with System.Text.Json. The names are the model's properties in camelCase; a test fills every
/// property of the model and checks that the reader gets each one back, so the two cannot drift.
/// </summary>
internal static class InfoJsonWriter
{
    public static string ToJson(RunRecord r)
    {
        var json = new JsonWriter(indented: true);
        json.BeginObject();
        json.Number("schema", r.Schema);
        json.String("name", r.Name);
        json.String("requestedName", r.RequestedName);
        json.String("status", r.Status);
        json.Number("exitCode", r.ExitCode);
        json.String("signal", r.Signal);
        json.String("startedUtc", Time(r.StartedUtc));
        json.String("endedUtc", r.EndedUtc == null ? null : Time(r.EndedUtc.Value));
        json.Number("durationSeconds", r.DurationSeconds);
        if (r.Exception == null)
            json.Null("exception");
        else
        {
            json.BeginObject("exception");
            json.String("type", r.Exception.Type);
            json.String("message", r.Exception.Message);
            json.String("stackTrace", r.Exception.StackTrace);
            json.String("text", r.Exception.Text);
            json.EndObject();
        }

        json.BeginObject("command");
        Strings(json, "argv", r.Command.Argv);
        if (r.Command.Arguments == null)
            json.Null("arguments");
        else
            Strings(json, "arguments", r.Command.Arguments);
        json.String("assemblyPath", r.Command.AssemblyPath);
        json.String("commandLine", r.Command.CommandLine);
        json.String("workingDirectory", r.Command.WorkingDirectory);
        json.String("processPath", r.Command.ProcessPath);
        json.EndObject();

        json.BeginObject("process");
        json.Number("pid", r.Process.Pid);
        json.String("startTimeUtc", Time(r.Process.StartTimeUtc));
        json.EndObject();

        json.BeginObject("host");
        json.String("hostName", r.Host.HostName);
        json.String("user", r.Host.User);
        json.String("os", r.Host.Os);
        json.String("kernel", r.Host.Kernel);
        json.String("architecture", r.Host.Architecture);
        json.String("cpuModel", r.Host.CpuModel);
        json.Number("logicalCores", r.Host.LogicalCores);
        json.Number("memoryBytes", r.Host.MemoryBytes);
        json.String("container", r.Host.Container);
        json.EndObject();

        json.BeginObject("runtime");
        json.String("framework", r.Runtime.Framework);
        json.String("runtimeIdentifier", r.Runtime.RuntimeIdentifier);
        json.String("processArchitecture", r.Runtime.ProcessArchitecture);
        json.String("gcMode", r.Runtime.GcMode);
        json.Boolean("debuggerAttached", r.Runtime.DebuggerAttached);
        json.EndObject();

        if (r.Scheduler == null)
            json.Null("scheduler");
        else
        {
            json.BeginObject("scheduler");
            json.String("kind", r.Scheduler.Kind);
            json.String("jobId", r.Scheduler.JobId);
            json.String("arrayJobId", r.Scheduler.ArrayJobId);
            json.String("arrayTaskId", r.Scheduler.ArrayTaskId);
            json.String("jobName", r.Scheduler.JobName);
            json.String("partition", r.Scheduler.Partition);
            json.String("nodeList", r.Scheduler.NodeList);
            json.String("submitDirectory", r.Scheduler.SubmitDirectory);
            json.Number("restartCount", r.Scheduler.RestartCount);
            json.String("endsAtUtc", r.Scheduler.EndsAtUtc == null ? null : Time(r.Scheduler.EndsAtUtc.Value));
            json.EndObject();
        }

        if (r.Gpus == null)
            json.Null("gpus");
        else
        {
            json.BeginArray("gpus");
            for (var i = 0; i < r.Gpus.Count; i++)
            {
                var gpu = r.Gpus[i];
                json.BeginObject();
                json.String("name", gpu.Name);
                json.String("uuid", gpu.Uuid);
                json.Number("memoryTotalMiB", gpu.MemoryTotalMiB);
                json.String("driverVersion", gpu.DriverVersion);
                json.EndObject();
            }
            json.EndArray();
        }

        json.BeginObject("git");
        json.String("commit", r.Git.Commit);
        json.String("describe", r.Git.Describe);
        json.String("branch", r.Git.Branch);
        json.Boolean("dirty", r.Git.Dirty);
        json.String("remote", r.Git.Remote);
        json.String("webLink", r.Git.WebLink);
        json.String("diff", r.Git.Diff);
        json.Boolean("diffTruncated", r.Git.DiffTruncated);
        Strings(json, "untracked", r.Git.Untracked);
        json.Number("untrackedCount", r.Git.UntrackedCount);
        json.String("problem", r.Git.Problem);
        json.String("collectedAt", r.Git.CollectedAt);
        json.EndObject();

        if (r.WorkingTree == null)
            json.Null("workingTree");
        else
        {
            json.BeginObject("workingTree");
            json.String("commit", r.WorkingTree.Commit);
            Strings(json, "changedSources", r.WorkingTree.ChangedSources);
            json.String("reason", r.WorkingTree.Reason);
            json.EndObject();
        }

        json.BeginObject("build");
        json.String("configuration", r.Build.Configuration);
        json.String("targetFramework", r.Build.TargetFramework);
        json.String("runtimeIdentifier", r.Build.RuntimeIdentifier);
        json.String("sdkVersion", r.Build.SdkVersion);
        json.String("projectPath", r.Build.ProjectPath);
        json.EndObject();

        json.BeginArray("packages");
        for (var i = 0; i < r.Packages.Count; i++)
        {
            var package = r.Packages[i];
            json.BeginObject();
            json.String("name", package.Name);
            json.String("version", package.Version);
            json.EndObject();
        }
        json.EndArray();

        json.BeginObject("entryAssembly");
        json.String("name", r.EntryAssembly.Name);
        json.String("version", r.EntryAssembly.Version);
        json.String("mvid", r.EntryAssembly.Mvid);
        json.EndObject();

        json.BeginObject("environment");
        var names = new List<string>(r.Environment.Keys);
        OrdinalSort.Sort(names);
        foreach (var name in names)
            json.String(name, r.Environment[name]);
        json.EndObject();

        Strings(json, "warnings", r.Warnings);
        Strings(json, "children", r.Children);
        json.BeginArray("hotReloads");
        for (var i = 0; i < r.HotReloads.Count; i++)
        {
            var update = r.HotReloads[i];
            json.BeginObject();
            json.String("appliedUtc", Time(update.AppliedUtc));
            Strings(json, "types", update.Types);
            json.EndObject();
        }
        json.EndArray();
        json.EndObject();
        return json.ToString() + "\n";
    }

    /// <summary>ISO 8601, UTC, as "O" writes it.</summary>
    private static string Time(DateTime utc) => TimeText.RoundTripUtc(utc);

    // Index loops over the record's lists, here and above: a foreach would load each list's
    // enumerator types (with their interfaces) at every launch, for lists that are mostly empty.
    private static void Strings(JsonWriter json, string name, List<string> values)
    {
        json.BeginArray(name);
        for (var i = 0; i < values.Count; i++)
            json.String(null, values[i]);
        json.EndArray();
    }
}
