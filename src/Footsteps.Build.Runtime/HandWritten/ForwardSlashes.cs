namespace FootstepsBuild.Runtime.HandWritten;

/// <summary>
/// A path with '/' for every '\', by hand: string.Replace(char, char) is vectorized, and its
/// first call loads the generic vector types it names (Vector64 to Vector512 of ushort, each with
/// its interfaces), about 1.7 ms of a launch that a program without Footsteps does not spend
/// (docs/benchmarks.md). Paths are short, and on Unix hold no '\' at all.
/// </summary>
internal static class ForwardSlashes
{
    public static string Of(string path)
    {
        var first = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\\')
            {
                first = i;
                break;
            }
        }
        if (first < 0)
            return path;
        var characters = path.ToCharArray();
        for (var i = first; i < characters.Length; i++)
        {
            if (characters[i] == '\\')
                characters[i] = '/';
        }
        return new string(characters);
    }
}
