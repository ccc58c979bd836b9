using System.IO;
using System.Text;
using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tasks.Facts;

/// <summary>
/// One short hash of what the working tree looked like (commit, diff, untracked files), kept
/// beside the facts so `dotnet run --no-build` can tell whether the binary is stale.
/// </summary>
internal static class SourceStateFingerprint
{
    public static string Of(GitFacts git)
    {
        var state = new StringBuilder()
            .Append(git.Problem?.Code).Append('\0')
            .Append(git.Commit).Append('\0')
            .Append(git.Diff).Append('\0')
            .Append('\0');
        // Untracked files have no blob id: their size and time stand in for their content.
        foreach (var path in git.Untracked)
        {
            var file = new FileInfo(Path.Combine(git.RepositoryRoot ?? "", path));
            state.Append(path).Append('\0');
            if (file.Exists)
                state.Append(file.Length).Append('\0').Append(file.LastWriteTimeUtc.Ticks).Append('\0');
        }
        // FNV-1a: tells states apart, which is all this needs; SHA-256 costs the build more to set up.
        var hash = 14695981039346656037UL;
        foreach (var c in state.ToString())
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
