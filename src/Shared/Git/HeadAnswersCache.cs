using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// Git's answers about HEAD (`rev-parse`, `describe`, origin's URL) kept in a file under obj/
/// with the <see cref="RepositoryStamp"/> they were given under: the next build whose stamp is
/// the same takes them from there instead of starting three git processes. The uncommitted diff
/// and the untracked files are never kept: they change without anything under .git changing.
/// A file that cannot be read or parsed is no answer; one that cannot be written is no loss.
/// </summary>
internal static class HeadAnswersCache
{
    private const string Header = "footsteps-git-answers 1";
    private const string End = "end";

    public static (GitCommandResult Head, GitCommandResult Describe, GitCommandResult Remote)? Load(string file, string stamp)
    {
        try
        {
            if (!File.Exists(file))
                return null;
            var reader = new Fields(File.ReadAllText(file, Encoding.UTF8));
            if (reader.Line() != Header || reader.Text() != stamp)
                return null;
            var head = reader.Result();
            var describe = reader.Result();
            var remote = reader.Result();
            return reader.Line() == End ? (head, describe, remote) : null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is FormatException || e is ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Keeps the answers when each is what git will say again: none timed out, none cut short.</summary>
    public static void Save(string file, string stamp, GitCommandResult head, GitCommandResult describe, GitCommandResult remote)
    {
        if (!head.Succeeded || !Repeatable(describe) || !Repeatable(remote))
            return;
        // Never a credential on disk: origin's URL is kept as the record will hold it.
        var url = remote.Output.Trim();
        var keptRemote = url.Length == 0 ? remote : new GitCommandResult(remote.ExitCode, RemoteUrl.WithoutCredentials(url) + "\n", "", false, false, false);
        var text = new StringBuilder(Header).Append('\n');
        AppendText(text, stamp);
        foreach (var result in new[] { head, describe, keptRemote })
        {
            text.Append(result.ExitCode.ToString(CultureInfo.InvariantCulture)).Append('\n');
            AppendText(text, result.Output);
            AppendText(text, result.Error);
        }
        text.Append(End).Append('\n');
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            // The next build asks git again.
        }
    }

    private static bool Repeatable(GitCommandResult result) => !result.TimedOut && !result.OutputTruncated && !result.GitNotFound;

    // Each text as its length in characters, a line break, then the text: any content survives.
    private static void AppendText(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(value);

    private sealed class Fields
    {
        private readonly string _text;
        private int _at;

        public Fields(string text) => _text = text;

        public string Line()
        {
            var end = _text.IndexOf('\n', _at);
            if (end < 0)
                throw new FormatException("no line break");
            var line = _text.Substring(_at, end - _at);
            _at = end + 1;
            return line;
        }

        public string Text()
        {
            var length = int.Parse(Line(), NumberStyles.None, CultureInfo.InvariantCulture);
            if (_at + length > _text.Length)
                throw new FormatException("cut short");
            var value = _text.Substring(_at, length);
            _at += length;
            return value;
        }

        public GitCommandResult Result()
        {
            var exitCode = int.Parse(Line(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return new GitCommandResult(exitCode, Text(), Text(), outputTruncated: false, timedOut: false, gitNotFound: false);
        }
    }
}
