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
    public static string Text(LaunchFacts launch, BuildFacts build, string? warning = null)
    {
        var text = new StringBuilder(4 * 1024);
        if (warning != null)
            Section(text, "Warning", warning);
        Section(text, "Command", launch.Command);
        Section(text, "System", launch.HostName);
        // Appended, not interpolated: a long interpolated string takes its buffer from the
        // shared array pool, whose setup the launch would otherwise pay for.
        Section(text, ".NET").Append(launch.Framework).Append(" (").Append(launch.RuntimeIdentifier).Append(")\n").Append(launch.ProcessPath).Append('\n');
        Section(text, "Git Hash", GitHash(build));
        Section(text, "Uncommitted changes", build.DiffTruncated
            ? build.Diff + "\n[Footsteps: the diff was cut here; the build stores at most " + Caps.DiffText + " of it]"
            : build.Diff);
        Section(text, "Current working dir", launch.WorkingDirectory);
        Section(text, "Untracked files", Untracked(build));
        Section(text, "Build")
            .Append("Configuration: ").Append(Or(build.Configuration, "(none)"))
            .Append("\nTarget framework: ").Append(build.TargetFramework)
            .Append("\nRuntime identifier: ").Append(Or(build.RuntimeIdentifier, "(none: portable)"))
            .Append("\nSDK: ").Append(build.SdkVersion)
            .Append("\nProject: ").Append(build.ProjectPath).Append('\n');
        Section(text, "Git")
            .Append("Branch: ").Append(Or(build.Branch, "(detached HEAD or none)"))
            .Append("\nRemote: ").Append(Or(build.Remote, "(none)")).Append('\n');
        if (launch.Scheduler is { } job)
            Section(text, "Scheduler", Job(job));
        if (build.Problem != null)
            Section(text, "Not recorded", build.Problem);
        return text.ToString();
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
        var copied = build.Sources.Length == 0 ? "" : "\n(sources among them are copied into this directory)";
        var more = build.UntrackedCount > build.Untracked.Count ? $"\n… and {build.UntrackedCount - build.Untracked.Count} more" : "";
        var skipped = new StringBuilder();
        foreach (var (path, reason) in build.SourcesSkipped)
            skipped.Append($"\nnot copied: {path} ({reason})");
        return listed + more + copied + skipped;
    }

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value!;

    private static void Section(StringBuilder text, string title, string body)
    {
        Section(text, title).Append(body);
        if (!body.EndsWith('\n'))
            text.Append('\n');
    }

    // The title line; the caller appends a body that ends with a line end.
    private static StringBuilder Section(StringBuilder text, string title) => text.Append(title).Append(":\n");
}
