using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Record;

namespace FootstepsBuild.Tool.Runs;

/// <summary>One run directory and its record, read through the runtime's own model.</summary>
internal sealed record LoadedRun(string Directory, RunRecord Record)
{
    /// <summary>The status to show: "crashed" inferred for a running record whose process is gone.</summary>
    public string Status { get; } = RunRecordFile.EffectiveStatus(Record);

    /// <exception cref="ToolException">No info.json there, or it is unreadable or from a newer schema.</exception>
    public static LoadedRun From(string directory)
    {
        var path = Path.Combine(directory, InfoJsonFile.FileName);
        try
        {
            return new LoadedRun(Path.GetFullPath(directory), RunRecordFile.Read(path));
        }
        catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException)
        {
            throw new ToolException(ExitCodes.RecordUnreadable, e.Message);
        }
    }
}
