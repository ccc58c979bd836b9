using FootstepsBuild.Records;
using FootstepsBuild.Runtime.Capture;
using FootstepsBuild.Runtime.Record;
using FootstepsBuild.Tests.Testing;

namespace FootstepsBuild.Tests.EndToEnd;

/// <summary>
/// The launch decides the console's encoding from the locale variables itself, never asking
/// Console.OutputEncoding (which loads ICU): the console must still write what it writes
/// without Footsteps in every locale, and output.log stays UTF-8.
/// </summary>
public sealed class ConsoleLocaleTests : IClassFixture<ConsoleLocaleTests.Programs>
{
    private const string Printing = "Console.WriteLine(\"café été\");\nConsole.Error.WriteLine(\"on stderr: été\");\n";

    public sealed class Programs
    {
        public Programs()
        {
            With = ConsumerProject.Console().WithProgram(Printing).InGitRepository();
            Plain = ConsumerProject.Console("<PropertyGroup><FootstepsEnabled>false</FootstepsEnabled></PropertyGroup>").WithProgram(Printing).InGitRepository();
            With.Build();
            Plain.Build();
        }

        public ConsumerProject With { get; }
        public ConsumerProject Plain { get; }
    }

    private readonly Programs _programs;

    public ConsoleLocaleTests(Programs programs) => _programs = programs;

    [Theory]
    [InlineData("C.UTF-8")]
    [InlineData("en_US.ISO-8859-1")]
    [InlineData("POSIX")]
    [InlineData("en_US.ANSI_X3.4-1968")]
    public void TheConsoleWritesWhatItWritesWithoutFootsteps_AndOutputLogIsUtf8(string locale)
    {
        var environment = Locale(locale, "locale");
        var with = Run(_programs.With, environment);
        var plain = Run(_programs.Plain, environment);

        Assert.True(with.ExitCode == 0, with.ToString());
        // Decoded as UTF-8 by the test: a Latin-1 or ASCII console shows as replacement characters, alike in both.
        Assert.Equal(plain.StandardOutput, with.StandardOutput);
        Assert.Equal(StderrLine(plain), StderrLine(with));
        var log = File.ReadAllText(Path.Combine(_programs.With.RunDirectory("locale"), ConsoleCapture.FileName));
        Assert.Contains("café été", log, StringComparison.Ordinal);
        Assert.Contains("on stderr: été", log, StringComparison.Ordinal);
    }

    // DOTNET_SYSTEM_GLOBALIZATION_APPLOCALICU names an ICU that does not exist: a process that
    // loads ICU at all stops at once. A program without Footsteps loads it for its first console line.
    [Fact]
    public void ALaunchThatNeedsNoCulture_NeverLoadsIcu()
    {
        var environment = Locale("C.UTF-8", "no-icu");
        environment["DOTNET_SYSTEM_GLOBALIZATION_APPLOCALICU"] = "99.9";

        var plain = Run(_programs.Plain, environment);
        var with = Run(_programs.With, environment);

        Assert.True(plain.ExitCode != 0, "the probe did not see the plain program load ICU: " + plain);
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("café été", with.StandardOutput, StringComparison.Ordinal);
        var record = RunRecordFile.Read(Path.Combine(_programs.With.RunDirectory("no-icu"), InfoJsonFile.FileName));
        Assert.Equal(RunStatus.Completed, record.Status);
    }

    private static Dictionary<string, string?> Locale(string lang, string runName) => new()
    {
        ["LANG"] = lang,
        ["LC_ALL"] = null,
        ["LC_MESSAGES"] = null,
        ["FOOTSTEPS_NAME"] = runName,
    };

    private static ProcessResult Run(ConsumerProject project, Dictionary<string, string?> environment)
    {
        var results = Path.Combine(project.Directory, "results");
        if (Directory.Exists(results))
            Directory.Delete(results, recursive: true);
        return ProcessRunner.Run(project.AppHost, Array.Empty<string>(), project.Directory, null, environment);
    }

    private static string StderrLine(ProcessResult run) =>
        run.StandardError.Split('\n').Single(line => line.StartsWith("on stderr", StringComparison.Ordinal));
}
