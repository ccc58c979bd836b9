using System.CommandLine;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Shared.Facts;
using FootstepsBuild.Tool.Runs;
using FootstepsBuild.Tool.Sources;
using FootstepsBuild.Tool.Verifying;

namespace FootstepsBuild.Tool.Commands;

/// <summary>
/// `footsteps verify &lt;run&gt;`: restores the run into a temporary directory, rebuilds it as it was
/// built, and compares the rebuilt entry assembly's MVID with the recorded one. With
/// deterministic builds (the SDK's default) equal MVIDs mean the same compiled code: the proof
/// that the record holds everything the build depended on.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var run = CommonOptions.Run();
        var root = CommonOptions.Root();
        var repository = CommonOptions.Repository();
        var originalRoot = new Option<string?>("--original-root")
        {
            Description = "Where the run's repository sat when it was built (default: inferred from the recorded assembly path).",
        };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary restored tree and print where it is." };
        var command = new Command("verify",
            "Restore the run into a temporary directory, rebuild it with the recorded configuration, and compare the " +
                "rebuilt entry assembly's MVID with the recorded one: prints 'identical' (exit code 0), or what differs (exit code 2).")
        {
            run, root, repository, originalRoot, keep,
        };
        command.SetAction(parse => Program.Guard(() =>
        {
            var loaded = RunArgument.Load(parse.GetValue(run)!, parse.GetValue(root));
            return Verify(loaded, parse.GetValue(repository), parse.GetValue(originalRoot), parse.GetValue(keep));
        }));
        return command;
    }

    // The run's binary, if it is still where it ran from and is the run's (same MVID).
    private static BuildFacts? OriginalFacts(RunRecord record)
    {
        var path = record.Command.AssemblyPath ?? record.Command.Argv.FirstOrDefault();
        if (path == null || !File.Exists(path))
            return null;
        try
        {
            var original = CompiledAssembly.Read(path);
            return original.Mvid.ToString() == record.EntryAssembly.Mvid ? original.Facts : null;
        }
        catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int Verify(LoadedRun run, string? repository, string? originalRoot, bool keep)
    {
        var record = run.Record;
        if (!Guid.TryParse(record.EntryAssembly.Mvid, out var recordedMvid))
            throw new ToolException(ExitCodes.RecordUnreadable, $"The run '{record.Name}' recorded no MVID: there is nothing to verify against.");
        var script = record.Git.CollectedAt == GitCollection.AtRun
            || record.Build.ProjectPath == null
            || record.Build.ProjectPath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
            || record.Build.ProjectPath.EndsWith(".fsx", StringComparison.OrdinalIgnoreCase);
        if (script)
            throw new ToolException(ExitCodes.RestoreImpossible,
                $"The run '{record.Name}' is a script (dotnet run app.cs, dotnet fsi exp.fsx): those are compiled outside the " +
                    "tree, so verify supports project builds only. `footsteps restore` still recreates its source.");

        var repositoryRoot = SourceRepository.Find(run, repository);
        originalRoot ??= OriginalLocation.InferRepositoryRoot(record);
        if (originalRoot == null)
            Console.Out.WriteLine("note: where the run was built could not be inferred (assembly outside bin/); the " +
                "paths the compiler embeds will differ. Pass --original-root <repository root at build time>.");

        var scratch = Path.Combine(Path.GetTempPath(), "footsteps-verify-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var tree = SourceTreeRestorer.Restore(run, repositoryRoot, Path.Combine(scratch, "src"));
            var placeholders = SourceTreeRestorer.CreatePlaceholders(tree);
            if (placeholders.Count > 0)
                Console.Out.WriteLine($"note: {placeholders.Count} untracked file(s) the record names but holds no copy of (not sources) " +
                    "were recreated empty, so the rebuild lists the same untracked files: " + string.Join(", ", placeholders));
            Console.Out.WriteLine($"Rebuilding '{record.Name}' ({record.Build.Configuration}, {record.Build.TargetFramework}) in {tree.Root}...");
            var rebuilt = CompiledAssembly.Read(Rebuild.Build(record, tree, originalRoot));
            if (rebuilt.Mvid == recordedMvid)
            {
                Console.Out.WriteLine($"identical: the rebuilt {record.EntryAssembly.Name}.dll has the recorded MVID {recordedMvid}.");
                return ExitCodes.Success;
            }

            Console.Out.WriteLine($"not identical: the run's {record.EntryAssembly.Name}.dll had MVID {recordedMvid}, " +
                $"the rebuilt one has {rebuilt.Mvid}.");
            var differences = RebuildComparison.Compare(run, rebuilt.Facts, OriginalFacts(record));
            Console.Out.Write(differences.Render(RebuildComparison.Sections));
            foreach (var path in placeholders)
                Console.Out.WriteLine($"recreated empty (untracked, no copy in the run): {path}: if the build reads it (an embedded " +
                    "resource, a file it copies), add it as a FootstepsSource item or commit it, so runs record its content");
            if (!differences.Any)
                Console.Out.WriteLine("The record and the rebuild agree on SDK, packages, build and sources: the " +
                    "difference lies outside what the record holds (a file outside the repository, a package whose " +
                    "content changed under the same version, a different original location: try --original-root).");
            return ExitCodes.Different;
        }
        finally
        {
            if (keep)
                Console.Out.WriteLine($"Kept the restored tree: {scratch}");
            else
                SourceTreeRestorer.TryDelete(scratch);
        }
    }
}
