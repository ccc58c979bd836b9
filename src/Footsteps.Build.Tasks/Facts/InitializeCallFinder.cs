using System;
using System.Collections.Generic;
using System.IO;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// Whether an F# or VB program's sources call Footsteps.Initialize, so its run is named in code
/// and not asked for at launch. C# programs get the same answer from the package's source
/// generator, which reads syntax; these languages have no generators, so the text is searched:
/// a mention in a comment counts as a call.
/// </summary>
internal static class InitializeCallFinder
{
    private const string Call = "Footsteps.Initialize";

    public static bool AnyCalls(IEnumerable<string> sourcePaths)
    {
        foreach (var path in sourcePaths)
        {
            var extension = Path.GetExtension(path);
            if (!extension.Equals(".fs", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".vb", StringComparison.OrdinalIgnoreCase))
                continue;
            try
            {
                if (File.ReadAllText(path).IndexOf(Call, StringComparison.Ordinal) >= 0)
                    return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // A source the compiler cannot read either: the build says so itself.
            }
        }
        return false;
    }
}
