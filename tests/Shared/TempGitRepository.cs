namespace FootstepsBuild.Tests.Testing;

/// <summary>A real git repository in a fresh temporary directory, deleted on dispose.</summary>
public sealed class TempGitRepository : IDisposable
{
    private TempGitRepository(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>An empty directory that is not a repository (yet).</summary>
    public static TempGitRepository CreateDirectoryOnly(string prefix = "footsteps-test")
    {
        var root = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        return new TempGitRepository(root);
    }

    /// <summary>A repository with no commits.</summary>
    public static TempGitRepository Init(string prefix = "footsteps-test")
    {
        var repository = CreateDirectoryOnly(prefix);
        InitializeIn(repository.Root);
        return repository;
    }

    /// <summary>`git init` in <paramref name="directory"/> with a test identity and no signing: how every test repository starts.</summary>
    public static void InitializeIn(string directory)
    {
        GitIn(directory, "init", "-q", "-b", "main");
        GitIn(directory, "config", "user.email", "test@example.com");
        GitIn(directory, "config", "user.name", "Footsteps Test");
        GitIn(directory, "config", "commit.gpgsign", "false");
    }

    public TempGitRepository WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TempGitRepository CommitAll(string message = "commit")
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return this;
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Runs git here and returns its trimmed stdout; throws when git fails.</summary>
    public string Git(params string[] arguments) => GitIn(Root, arguments);

    /// <summary>Runs git in <paramref name="directory"/> and returns its trimmed stdout; throws when git fails.</summary>
    public static string GitIn(string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, directory,
            environment: new Dictionary<string, string?> { ["GIT_TERMINAL_PROMPT"] = "0" });
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed: {result}");
        return result.StandardOutput.Trim();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; a failing Dispose would hide the real result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
