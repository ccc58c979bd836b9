using System;
using System.IO;
using System.Threading;
using FootstepsBuild.Runtime.Machine;

namespace FootstepsBuild.Runtime.Naming;

/// <summary>
/// Decides the run name: the program's own <c>Footsteps.Initialize(name)</c>, then the
/// FOOTSTEPS_NAME environment variable, then the prompt on a terminal; without one, inside a
/// batch job, the job's name and id; else a line from stdin. A prompt nobody can answer never
/// blocks: without a terminal, one line is read from stdin for at most
/// <see cref="RedirectedInputTimeoutMilliseconds"/>, and end of input, an empty line or silence give an
/// automatic, time-stamped name.
/// </summary>
internal sealed class NameSource
{
    private const string EnvironmentVariable = "FOOTSTEPS_NAME";
    private const string Prompt = "Input name of experiment:";
    // Long enough for a name piped at launch (`echo baseline | dotnet run`: it is waiting in the
    // pipe before the program starts), short enough that a pipe nobody writes to (an IDE's
    // internal console, `sleep 60 | dotnet run`) delays the program's code by under a second.
    private const int RedirectedInputTimeoutMilliseconds = 750;

    private readonly Func<DateTime> _now;
    private TextWriter? _messages;

    /// <summary>Messages and the prompt go to <paramref name="messages"/>, by default stderr.</summary>
    public NameSource(TextWriter? messages = null, Func<DateTime>? now = null)
    {
        _messages = messages;
        _now = now ?? (() => DateTime.Now);
    }

    // Console.Error only when there is something to say: a name from FOOTSTEPS_NAME needs none,
    // and the console's setup can then overlap with the record being written (see RunSession).
    private TextWriter Messages => _messages ??= Console.Error;

    /// <exception cref="OperationCanceledException">The user pressed Ctrl-C at the prompt.</exception>
    public ChosenName Decide(string? fromProgram, string outputRoot)
    {
        if (fromProgram != null)
            return Accept(fromProgram, "the name given to Footsteps.Initialize");

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Accept(fromEnvironment, EnvironmentVariable);

        if (!Console.IsInputRedirected)
            return FromTerminal(outputRoot);
        // A batch job (its stdin is /dev/null): named for the job, each array task its own.
        if (SchedulerFacts.FromEnvironment() is { } job)
            return Accept(SchedulerFacts.RunName(job), $"the {job.Kind} job");
        return FromRedirectedInput();
    }

    private ChosenName FromTerminal(string outputRoot)
    {
        var editor = new TerminalLineEditor(NameCompletion.FromOutputRoot(outputRoot), Messages);
        while (true)
        {
            Messages.WriteLine(Prompt);
            var typed = editor.ReadLine();
            if (typed == null)
                return Automatic("end of input");
            var (name, problem) = RunName.Check(typed);
            if (name != null && problem == null)
                return new ChosenName(name, typed);
            Messages.WriteLine($"Footsteps: {problem}. Please type another name.");
        }
    }

    private ChosenName FromRedirectedInput()
    {
        Messages.WriteLine(Prompt);
        string? line = null;
        var reader = new Thread(() => line = Console.In.ReadLine()) { IsBackground = true, Name = "Footsteps name prompt" };
        reader.Start();
        if (!reader.Join(RedirectedInputTimeoutMilliseconds))
            // A non-negative integer is formatted without culture data (a fraction would set it up, and ICU with it).
            return Automatic($"no name arrived on stdin within {RedirectedInputTimeoutMilliseconds} ms");
        if (line == null)
            return Automatic("end of input");
        if (line.Trim().Length == 0)
            return Automatic("empty name");
        return Accept(line, "stdin");
    }

    private ChosenName Accept(string raw, string source)
    {
        var (name, problem) = RunName.Check(raw);
        if (name == null)
            return Automatic($"{source} gave no usable name ({problem})");
        if (problem != null)
            Messages.WriteLine($"Footsteps: the name from {source} was changed to '{name}': {problem}.");
        return new ChosenName(name, raw);
    }

    private ChosenName Automatic(string why)
    {
        var name = RunName.Automatic(_now());
        Messages.WriteLine($"Footsteps: {why}; using the automatic name '{name}'.");
        return new ChosenName(name, null);
    }
}

/// <summary>The run name to claim, and what was asked for (null for an automatic name).</summary>
internal sealed record ChosenName(string Name, string? Requested);
