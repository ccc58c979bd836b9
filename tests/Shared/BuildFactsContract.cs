namespace FootstepsBuild.Tests.Testing;

/// <summary>
/// The build facts document for one set of awkward values, byte for byte: the task must write
/// exactly this (Tasks tests), and the runtime must read these values back from it (Runtime
/// tests). The build and the run share no facts code, so this text is the contract between them.
/// </summary>
public static class BuildFactsContract
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string Describe = "v1.0-3-g0123456";
    public const string Branch = "main";
    public const string Remote = "https://github.com/o/r.git";
    public const string WebLink = "https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567";
    public const string Diff = "diff --git a/\"q\" b/\\x\n+tab\there \u0001 ünï 实验 😀\r\n";
    public static readonly string[] Untracked = { "a b.cs", "dir/ü.cs" };
    public const string ProblemCode = "FOOT1003";
    public const string ProblemMessage = "no commits";
    public const string Configuration = "Release";
    public const string TargetFramework = "net10.0";
    public const string RuntimeIdentifier = "linux-x64";
    public const string SdkVersion = "10.0.401";
    public const string ProjectPath = "app/app.csproj";
    public const string OutputRoot = "out";
    public const string SourcePath = "a b.cs";
    public const string SourceContent = "class A { string s = \"\\n\"; }";
    public const string SkippedPath = "big.cs";
    public const string SkippedReason = "too large";
    public const string PackageName = "Footsteps.Build";
    public const string PackageVersion = "0.1.0";

    // AutoStart is false and the diff was truncated.
    public const string Json =
        """
        {"schema":1,"autoStart":false,"outputRoot":"out","build":{"configuration":"Release","targetFramework":"net10.0","runtimeIdentifier":"linux-x64","sdkVersion":"10.0.401","projectPath":"app/app.csproj"},"git":{"problem":{"code":"FOOT1003","message":"no commits"},"commit":"0123456789abcdef0123456789abcdef01234567","describe":"v1.0-3-g0123456","branch":"main","remote":"https://github.com/o/r.git","webLink":"https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567","diff":"diff --git a/\"q\" b/\\x\n+tab\there \u0001 \u00fcn\u00ef \u5b9e\u9a8c \ud83d\ude00\r\n","diffTruncated":true,"untrackedCount":2,"untracked":["a b.cs","dir/\u00fc.cs"],"collectedAt":"build"},"sources":[{"path":"a b.cs","content":"class A { string s = \"\\n\"; }"}],"sourcesSkipped":[{"path":"big.cs","reason":"too large"}],"sourcePaths":[],"packages":[{"name":"Footsteps.Build","version":"0.1.0"}]}
        """;
}
