using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using FootstepsBuild.Shared.CommandLine;

namespace FootstepsBuild.Shared.Git;

/// <summary>
/// Runs one git command as a child process: no shell, output read asynchronously (so a full
/// stderr pipe can never block a large stdout), UTF-8, a timeout, and never a credential prompt.
/// </summary>
internal sealed class GitCommand
{
    private const int ErrorCapBytes = 64 * 1024;

    private readonly string _gitExecutable;
    private readonly string? _resolvedGit;
    private readonly string _workingDirectory;
    private readonly TimeSpan _timeout;

    private readonly bool _lowPriority;

    // lowPriority: git below normal CPU priority (nice 10) yields to MSBuild while both want the
    // cores, yet still gets about a tenth of a busy machine, so it ends long before its timeout
    // even beside a running experiment (docs/benchmarks.md has the figures). Only for git
    // started ahead of need.
    public GitCommand(string workingDirectory, TimeSpan timeout, string? gitExecutable = null, bool lowPriority = false)
    {
        _lowPriority = lowPriority;
        _workingDirectory = workingDirectory;
        _gitExecutable = string.IsNullOrEmpty(gitExecutable) ? "git" : gitExecutable!;
        // Never the git in the current directory (the project's, when MSBuild runs us): see ProgramOnPath.
        _resolvedGit = ProgramOnPath.Find(_gitExecutable);
        _timeout = timeout;
    }

    /// <summary>The git that runs: the full path found on PATH; null when there is none.</summary>
    public string? ResolvedExecutable => _resolvedGit;

    /// <summary>How long one command may take.</summary>
    public TimeSpan Timeout => _timeout;

    /// <param name="arguments">git's arguments, each passed as one argument whatever it contains.</param>
    /// <param name="outputCapBytes">Stop reading (and stop git) once stdout exceeds this.</param>
    /// <param name="timeout">This command's own limit, when less than the command's (see <see cref="GitPace"/>).</param>
    public GitCommandResult Run(IReadOnlyList<string> arguments, int outputCapBytes = 16 * 1024 * 1024, TimeSpan? timeout = null)
    {
        if (_resolvedGit == null)
            return GitCommandResult.NotFound($"'{_gitExecutable}' is not in any directory on PATH");
        var startInfo = new ProcessStartInfo(_resolvedGit, WindowsCommandLine.Join(arguments))
        {
            WorkingDirectory = _workingDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A build must never stop to ask for a password, nor take index.lock from the user.
        startInfo.EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";
        startInfo.EnvironmentVariables["GIT_OPTIONAL_LOCKS"] = "0";
        startInfo.EnvironmentVariables["GCM_INTERACTIVE"] = "never";

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return GitCommandResult.NotFound($"'{_gitExecutable}' could not be started: {e.Message}");
        }
        catch (FileNotFoundException e)
        {
            return GitCommandResult.NotFound($"'{_gitExecutable}' could not be started: {e.Message}");
        }

        if (_lowPriority)
            TryLowerPriority(process);
        process.StandardInput.Close();
        // Both pipes are drained at once, each on its own thread, so neither can fill and block git.
        var output = new PendingCall<CappedText>(() => ReadCapped(process.StandardOutput.BaseStream, outputCapBytes, process));
        var error = new PendingCall<CappedText>(() => ReadCapped(process.StandardError.BaseStream, ErrorCapBytes, null));

        var exited = process.WaitForExit((int)(timeout ?? _timeout).TotalMilliseconds);
        if (!exited)
            TryKill(process);
        process.WaitForExit();

        var outputText = output.Result;
        return new GitCommandResult(
            exited ? process.ExitCode : -1,
            outputText.Text,
            error.Result.Text,
            outputText.Truncated,
            timedOut: !exited,
            gitNotFound: false);
    }

    private static CappedText ReadCapped(Stream stream, int capBytes, Process? stopWhenFull)
    {
        var buffer = new byte[81920];
        var collected = new MemoryStream();
        var truncated = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var room = capBytes - (int)collected.Length;
            if (read > room)
            {
                collected.Write(buffer, 0, Math.Max(room, 0));
                truncated = true;
                if (stopWhenFull != null)
                {
                    // The rest would be discarded anyway: stop git instead of reading gigabytes.
                    TryKill(stopWhenFull);
                    break;
                }
                continue;
            }
            collected.Write(buffer, 0, read);
        }
        return new CappedText(Utf8.GetString(collected.GetBuffer(), 0, (int)collected.Length), truncated);
    }

    // Threads git starts later (its parallel index preload) inherit the priority.
    private static void TryLowerPriority(Process process)
    {
        try
        {
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (Exception e) when (e is InvalidOperationException || e is Win32Exception || e is PlatformNotSupportedException)
        {
            // Already exited, or not allowed here: it runs at normal priority.
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting as we tried.
        }
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly struct CappedText
    {
        public CappedText(string text, bool truncated)
        {
            Text = text;
            Truncated = truncated;
        }

        public string Text { get; }
        public bool Truncated { get; }
    }
}
