using System;
using System.IO;

namespace FootstepsBuild.Runtime.Launch;

/// <summary>
/// The run directory cannot be created or written; raised at launch, before any work is done.
/// An IOException, so programs that call Footsteps.Initialize can catch it without our types.
/// </summary>
internal sealed class OutputRootUnusableException : IOException
{
    public OutputRootUnusableException(string outputRoot, string runDirectory, Exception cause)
        : base($"cannot create the run directory '{runDirectory}' under the output root '{Path.GetFullPath(outputRoot)}': {cause.Message} " +
               "Make the output root a writable directory, or run from a directory where it can be created.", cause)
    {
    }
}
