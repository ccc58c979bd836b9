using FootstepsBuild.Runtime.Launch;

namespace FootstepsBuild.Runtime.Record;

/// <summary>Writes info.txt into the file the run directory's claim created, before the program's code runs.</summary>
internal static class InfoTxtFile
{
    public static void Write(RunDirectory run, LaunchFacts launch, BuildFacts build, WorkingTreeRecord? workingTree)
    {
        var text = InfoTxtWriter.Text(launch, build,
            workingTree == null ? null : $"This binary was built from other code than the working tree now holds " +
                $"({workingTree.Reason}). The record describes the code the binary was built from; rebuild to record the current code.");
        run.Append(text);
    }
}
