using System.IO;
using System.Text;
using FootstepsBuild.Runtime.Launch;
using FootstepsBuild.Shared;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Writes info.txt in the upstream footsteps order (Command, System, runtime, Git Hash,
/// Uncommitted changes, Current working dir), then our additions in sections of the same form.
/// </summary>
internal static class InfoTxtWriter
{
    public static void Write(TextWriter text, LaunchFacts launch, BuildFacts build, string? warning = null)
    {
        if (warning != null)
            Section(text, "Warning", warning);
        Section(text, "Command", launch.Command);
        Section(text, "System", launch.HostName);
        Section(text, ".NET", $"{launch.Framework} ({launch.RuntimeIdentifier})\n{launch.ProcessPath}");
        Section(text, "Git Hash", GitHash(build));
        Section(text, "Uncommitted changes", build.DiffTruncated
            ? build.Diff + "\n[Footsteps: the diff was cut here; the build stores at most " + Caps.DiffText + " of it]"
            : build.Diff);
        Section(text, "Current working dir", launch.WorkingDirectory);
        Section(text, "Untracked files", Untracked(build));
        Section(text, "Build",
            $"Configuration: {Or(build.Configuration, "(none)")}\n" +
            $"Target framework: {build.TargetFramework}\n" +
            $"Runtime identifier: {Or(build.RuntimeIdentifier, "(none: portable)")}\n" +
            $"SDK: {build.SdkVersion}\n" +
            $"Project: {build.ProjectPath}");
        Section(text, "Git", $"Branch: {Or(build.Branch, "(detached HEAD or none)")}\nRemote: {Or(build.Remote, "(none)")}");
        if (launch.Scheduler is { } job)
            Section(text, "Scheduler", Job(job));
        if (build.Problem != null)
            Section(text, "Not recorded", build.Problem);
        text.Flush();
    }

    private static string Job(SchedulerRecord job)
    {
        var lines = new StringBuilder();
        lines.Append(job.Kind).Append(" job ").Append(job.JobId);
        if (job.ArrayJobId != null)
            lines.Append(" (array ").Append(job.ArrayJobId).Append(", task ").Append(job.ArrayTaskId).Append(')');
        if (job.JobName != null)
            lines.Append("\nName: ").Append(job.JobName);
        if (job.Partition != null)
            lines.Append("\nPartition: ").Append(job.Partition);
        if (job.NodeList != null)
            lines.Append("\nNodes: ").Append(job.NodeList);
        if (job.SubmitDirectory != null)
            lines.Append("\nSubmitted from: ").Append(job.SubmitDirectory);
        if (job.RestartCount > 0)
            lines.Append("\nAttempt: ").Append(job.RestartCount + 1).Append(" (requeued ").Append(job.RestartCount).Append(" time(s))");
        return lines.ToString();
    }

    private static string GitHash(BuildFacts build)
    {
        var hash = build.Describe ?? build.Commit ?? "(unavailable)";
        return build.WebLink == null ? hash : hash + "\n" + build.WebLink;
    }

    private static string Untracked(BuildFacts build)
    {
        if (build.UntrackedCount == 0)
            return "(none)";
        var listed = string.Join("\n", build.Untracked);
        var copied = build.Sources.Count == 0 ? "" : "\n(sources among them are copied into this directory)";
        var more = build.UntrackedCount > build.Untracked.Count ? $"\n… and {build.UntrackedCount - build.Untracked.Count} more" : "";
        var skipped = new StringBuilder();
        foreach (var (path, reason) in build.SourcesSkipped)
            skipped.Append($"\nnot copied: {path} ({reason})");
        return listed + more + copied + skipped;
    }

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value!;

    private static void Section(TextWriter text, string title, string body)
    {
        text.Write(title);
        text.Write(":\n");
        text.Write(body);
        if (!body.EndsWith('\n'))
            text.Write('\n');
    }
}
