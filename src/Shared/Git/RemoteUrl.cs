using System;
using System.Text.RegularExpressions;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// A remote URL made safe to record, and the web page of a commit on it where we know the host.
/// </summary>
internal static class RemoteUrl
{
    // scheme://[userinfo@]rest — userinfo may hold a token ("https://user:ghp_x@github.com/...").
    private static readonly Regex SchemeUrl = new(@"^(?<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*)://(?:(?<userinfo>[^@/]*)@)?(?<rest>.*)$");

    // scp-like ssh syntax: [user@]host:path (no scheme, no password possible).
    private static readonly Regex ScpLike = new(@"^(?:[^@/:]+@)?(?<host>[^@/:]+):(?<path>.+)$");

    private static readonly Regex GitHubPath = new(@"^/*(?<owner>[^/]+)/(?<repo>[^/]+?)(?:\.git)?/*$");

    /// <summary>
    /// Removes any credentials. http(s) URLs lose the whole userinfo, because a token often
    /// stands where the user name goes; other schemes keep the user name (ssh://git@host) only.
    /// </summary>
    public static string WithoutCredentials(string url)
    {
        var match = SchemeUrl.Match(url.Trim());
        if (!match.Success || !match.Groups["userinfo"].Success)
            return url.Trim();

        var scheme = match.Groups["scheme"].Value;
        var userinfo = match.Groups["userinfo"].Value;
        var keptUser = scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? "" : userinfo.Split(':')[0];
        return keptUser.Length == 0
            ? $"{scheme}://{match.Groups["rest"].Value}"
            : $"{scheme}://{keptUser}@{match.Groups["rest"].Value}";
    }

    /// <summary>https://github.com/owner/repo/tree/commit for GitHub remotes, else null.</summary>
    public static string? GitHubTreeLink(string url, string commit)
    {
        if (string.IsNullOrEmpty(commit))
            return null;

        string host, path;
        var scheme = SchemeUrl.Match(url.Trim());
        if (scheme.Success)
        {
            var rest = scheme.Groups["rest"].Value;
            var slash = rest.IndexOf('/');
            if (slash < 0)
                return null;
            host = rest.Substring(0, slash);
            path = rest.Substring(slash);
        }
        else
        {
            var scp = ScpLike.Match(url.Trim());
            if (!scp.Success)
                return null;
            host = scp.Groups["host"].Value;
            path = scp.Groups["path"].Value;
        }

        var portAt = host.IndexOf(':');
        if (portAt >= 0)
            host = host.Substring(0, portAt);
        if (!host.Equals("github.com", StringComparison.OrdinalIgnoreCase) &&
            !host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase))
            return null;

        var repository = GitHubPath.Match(path);
        if (!repository.Success)
            return null;
        return $"https://github.com/{repository.Groups["owner"].Value}/{repository.Groups["repo"].Value}/tree/{commit}";
    }
}
