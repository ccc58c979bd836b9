using System;
using System.IO;

namespace FootstepsBuild.Runtime.Record;

/// <summary>
/// Writes info.json: UTF-8, replaced atomically (temp file, then rename), by
/// <see cref="InfoJsonWriter"/> (no System.Text.Json at launch). Readers read it through
/// Footsteps.Records (RunRecordFile), which no launch loads.
/// </summary>
internal static class InfoJsonFile
{
    public const string FileName = "info.json";
    public static void Write(string runDirectory, RunRecord record)
    {
        var path = Path.Combine(runDirectory, FileName);
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            RunFile.Write(temporary, InfoJsonWriter.ToJson(record));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // A full disk: the last complete info.json stays, and no half-written file beside it.
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Nothing more can be done on a disk that refuses even this.
        }
    }
}
