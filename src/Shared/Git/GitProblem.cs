namespace FootstepsBuild.Shared.Git;

/// <summary>Why some git facts are missing: a diagnostic code and a message for the user.</summary>
internal sealed class GitProblem
{
    public GitProblem(string code, string message)
    {
        Code = code;
        Message = message;
    }

    public string Code { get; }
    public string Message { get; }
}
