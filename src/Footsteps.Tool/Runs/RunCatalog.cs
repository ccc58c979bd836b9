using System.Collections.Concurrent;

namespace FootstepsBuild.Tool.Runs;

/// <summary>
/// Every run under an output root. Names may nest (results/sweep/lr0.1/), so the walk descends
/// until it meets a directory holding info.json, and never into a run's own files (checkpoints
/// can be large). Records are read in parallel: thousands of runs list in well under a second.
/// </summary>
internal static class RunCatalog
{
    public sealed record Listing(IReadOnlyList<LoadedRun> Runs, IReadOnlyList<string> Problems);

    public static Listing Read(string root)
    {
        if (!Directory.Exists(root))
            throw new ToolException(ExitCodes.RecordUnreadable, $"'{Path.GetFullPath(root)}' does not exist: no runs recorded there yet.");

        var runs = new ConcurrentBag<LoadedRun>();
        var problems = new ConcurrentBag<string>();
        Parallel.ForEach(RunDirectories(root), directory =>
        {
            try
            {
                runs.Add(LoadedRun.From(directory));
            }
            catch (ToolException e)
            {
                problems.Add(e.Message);
            }
        });
        return new Listing(
            runs.OrderBy(r => r.Record.StartedUtc).ThenBy(r => r.Record.Name, StringComparer.Ordinal).ToList(),
            problems.OrderBy(p => p, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> RunDirectories(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (RunArgument.IsRunDirectory(directory))
            {
                yield return directory;
                continue;
            }
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(directory).ToList();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var child in children)
                pending.Push(child);
        }
    }
}
