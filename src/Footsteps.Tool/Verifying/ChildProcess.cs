using System.Diagnostics;
using System.Text;

namespace FootstepsBuild.Tool.Verifying;

/// <summary>Runs a program (the dotnet CLI) with its output collected, stdin closed.</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
