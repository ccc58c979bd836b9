using FootstepsBuild.Shared.Git;

namespace FootstepsBuild.Tests.Tasks;

public sealed class RemoteUrlTests
{
    [Theory]
    [InlineData("https://user:token@github.com/o/r.git", "https://github.com/o/r.git")]
    [InlineData("https://ghp_token@example.com/o/r", "https://example.com/o/r")]
    [InlineData("ssh://git:pw@host.example/o/r.git", "ssh://git@host.example/o/r.git")]
    [InlineData("git@github.com:o/r.git", "git@github.com:o/r.git")]
    [InlineData("https://github.com/o/r", "https://github.com/o/r")]
    public void WithoutCredentials_RemovesPasswordsAndTokens(string url, string expected) =>
        Assert.Equal(expected, RemoteUrl.WithoutCredentials(url));

    [Theory]
    [InlineData("https://github.com/owner/repo.git")]
    [InlineData("https://x:y@github.com/owner/repo")]
    [InlineData("git@github.com:owner/repo.git")]
    [InlineData("ssh://git@github.com/owner/repo.git")]
    public void GitHubRemotes_LinkToTheCommitTree(string url) =>
        Assert.Equal("https://github.com/owner/repo/tree/abc123", RemoteUrl.GitHubTreeLink(url, "abc123"));

    [Theory]
    [InlineData("https://gitlab.com/owner/repo.git")]
    [InlineData("/srv/git/repo.git")]
    public void OtherRemotes_HaveNoLink(string url) => Assert.Null(RemoteUrl.GitHubTreeLink(url, "abc123"));
}
