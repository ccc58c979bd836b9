using System.Globalization;
using System.Text;
using FootstepsBuild.Runtime.HandWritten;
using FootstepsBuild.Shared.Json;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>
/// What the launch writes and compares without culture data (so that it never loads ICU) must
/// be what the framework's invariant culture gives.
/// </summary>
public sealed class CultureFreeTextTests
{
    [Fact]
    public void InvariantNumbers_WritesIntegersAsInvariantToStringDoes()
    {
        var random = new Random(7);
        var values = new List<long> { 0, 1, -1, 9, 10, -10, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue };
        for (var i = 0; i < 2000; i++)
            values.Add(random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 63));
        foreach (var value in values)
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Written(text => InvariantNumbers.Append(text, value)));
    }

    [Fact]
    public void InvariantNumbers_WritesDoublesAsRoundTripFormatDoes()
    {
        var random = new Random(11);
        var values = new List<double> { 0, -0.0, 0.001, -0.001, 0.1 + 0.2, 1.5, 2, 999_999_999.999, 1e9, 1e15, 1e-4, 123.4567, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, Math.PI };
        for (var i = 0; i < 5000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-4, 12));
            var value = (random.NextDouble() - 0.5) * magnitude;
            values.Add(value);
            values.Add(Math.Round(value, 3));
            values.Add(Math.Round(value, 1));
        }
        foreach (var value in values)
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Written(text => InvariantNumbers.Append(text, value)));
    }

    [Fact]
    public void InvariantNumbers_WritesFourHexDigits()
    {
        foreach (var value in new[] { 0, 1, 0x1f, 0x7f, 0xab, 0x1234, 0xffff })
            Assert.Equal(value.ToString("x4", CultureInfo.InvariantCulture), Written(text => InvariantNumbers.AppendHex4(text, value)));
    }

    [Fact]
    public void TimeText_WritesWhatDateTimeFormatsWrite()
    {
        var random = new Random(3);
        var times = new List<DateTime> { DateTime.UnixEpoch, new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc), DateTime.UtcNow };
        for (var i = 0; i < 2000; i++)
            times.Add(new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc));
        foreach (var time in times)
        {
            Assert.Equal(time.ToString("O", CultureInfo.InvariantCulture), TimeText.RoundTripUtc(time));
            Assert.Equal(time.ToString("yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture), TimeText.SortableName(time));
        }
    }

    [Theory]
    [InlineData("GITHUB_TOKEN", "TOKEN")]
    [InlineData("my_api_key", "KEY")]
    [InlineData("Password", "PASSWORD")]
    [InlineData("PATH", "TOKEN")]
    [InlineData("", "KEY")]
    [InlineData("KE", "KEY")]
    [InlineData("dotnet_gcHeapHardLimit", "DOTNET_")]
    [InlineData("PAſſWORD", "PASSWORD")]
    [InlineData("CREDENTıAL", "CREDENTIAL")]
    [InlineData("ÄKEY", "KEY")]
    [InlineData("ÄKEY", "äkey")]
    public void AsciiCase_AnswersAsOrdinalIgnoreCase(string text, string word)
    {
        Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), AsciiCase.Contains(text, word));
        Assert.Equal(text.StartsWith(word, StringComparison.OrdinalIgnoreCase), AsciiCase.StartsWith(text, word));
        Assert.Equal(string.Equals(text, word, StringComparison.OrdinalIgnoreCase), AsciiCase.Equals(text, word));
    }

    // The console's own answers, read from a real process for each locale, in ConsoleCaptureLocaleTests
    // (end to end); here the parsing of the variables, as .NET reads them.
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData(null, null, "C.UTF-8", true)]
    [InlineData(null, null, "en_US.utf8@euro", true)]
    [InlineData(null, null, "C", true)]
    [InlineData(null, null, "POSIX", true)]
    [InlineData(null, null, "en_US.", true)]
    [InlineData(null, null, "en_US.ISO-8859-1", null)]
    [InlineData("en_US.ISO-8859-1", null, "C.UTF-8", null)]
    [InlineData(" ", null, "en_US.ISO-8859-1", null)]
    [InlineData(null, "en_US.ISO-8859-1", "C.UTF-8", null)]
    [InlineData(null, "C.UTF-8", "en_US.ISO-8859-1", true)]
    [InlineData(null, null, "en_US.ANSI_X3.4-1968", null)]
    public void LocaleCharset_ReadsTheFirstLocaleVariableSet(string? all, string? messages, string? lang, bool? utf8)
    {
        var variables = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };
        Assert.Equal(utf8, LocaleCharset.IsUtf8(name => variables.GetValueOrDefault(name)));
    }

    private static string Written(Action<StringBuilder> write)
    {
        var text = new StringBuilder();
        write(text);
        return text.ToString();
    }
}
