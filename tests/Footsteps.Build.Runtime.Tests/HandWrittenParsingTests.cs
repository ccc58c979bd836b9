using System.Text;
using FootstepsBuild.Runtime.HandWritten;

namespace FootstepsBuild.Tests.Runtime;

/// <summary>
/// The launch path formats and parses some text by hand (to keep costly framework machinery out
/// of every launch); each must agree with the framework it replaces.
/// </summary>
public sealed class HandWrittenParsingTests
{
    [Fact]
    public void OrdinalSort_OrdersAsListSortWithTheOrdinalComparer()
    {
        var random = new Random(5);
        const string alphabet = "aAbB_09-.zZéÉ\uD83D\uDE00\uFFFF";
        for (var round = 0; round < 200; round++)
        {
            var items = new List<string>();
            for (var i = random.Next(0, 30); i > 0; i--)
                items.Add(new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            var expected = new List<string>(items);
            expected.Sort(StringComparer.Ordinal);
            OrdinalSort.Sort(items);
            Assert.Equal(expected, items);
        }
    }

    [Fact]
    public void GuidText_WritesWhatGuidToStringWrites()
    {
        var random = new Random(42);
        var bytes = new byte[16];
        for (var i = 0; i < 1000; i++)
        {
            random.NextBytes(bytes);
            var guid = new Guid(bytes);
            Assert.Equal(guid.ToString(), GuidText.Format(guid));
        }
        Assert.Equal(Guid.Empty.ToString(), GuidText.Format(Guid.Empty));
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("-17", -17L)]
    [InlineData("123456789012345678", 123456789012345678L)]
    public void AsciiInteger_ParsesPlainIntegers(string text, long expected)
    {
        Assert.True(AsciiInteger.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("12a")]
    [InlineData("1234567890123456789")]
    public void AsciiInteger_RefusesAnythingElse(string text)
    {
        Assert.False(AsciiInteger.TryParse(text, out _));
    }

    [Fact]
    public void JsonText_ReadsNumbersLiteralsAndEscapes()
    {
        var parsed = (Dictionary<string, object?>)JsonText.Parse(
            "{ \"n\": -12, \"d\": 1.5e2, \"t\": true, \"f\": false, \"z\": null,\r\n\t\"s\": \"a\\u00e9\\n\\\"\", \"l\": [1, \"x\"] }")!;

        Assert.Equal(-12L, parsed["n"]);
        Assert.Equal(150.0, parsed["d"]);
        Assert.Equal(true, parsed["t"]);
        Assert.Equal(false, parsed["f"]);
        Assert.Null(parsed["z"]);
        Assert.Equal("a\u00e9\n\"", parsed["s"]);
        Assert.Equal(new object?[] { 1L, "x" }, (List<object?>)parsed["l"]!);
    }

    [Theory]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": \"\\u00zz\"}")]
    [InlineData("{\"a\": 1")]
    public void JsonText_RefusesBrokenDocuments(string json)
    {
        Assert.Throws<FormatException>(() => JsonText.Parse(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no break")]
    [InlineData("line\n")]
    [InlineData("10%\r20%\n")]
    [InlineData("\n")]
    [InlineData("\u00e9t\u00e9 \U0001F600\tthen\r\n")]
    [InlineData("\u000b\u000c control characters below \\r are not breaks")]
    public void LineBreakSearch_FindsWhatIndexOfAnyFinds(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(bytes.AsSpan().IndexOfAny((byte)'\n', (byte)'\r'), LineBreakSearch.First(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no break")]
    [InlineData("line\n")]
    [InlineData("one\ntwo\nthree")]
    [InlineData("one\ntwo\n10%\r20%\nafter")]
    [InlineData("10%\r20%\n")]
    [InlineData("windows\r\nlines\r\n")]
    [InlineData("\u00e9t\u00e9\n\U0001F600\tthen\n\u000b")]
    public void LineBreakSearch_EndOfLinesBeforeReturn_IsAfterTheLastLineFeedBeforeAnyCarriageReturn(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var firstReturn = bytes.AsSpan().IndexOf((byte)'\r');
        var beforeIt = firstReturn < 0 ? bytes : bytes.AsSpan(0, firstReturn).ToArray();

        Assert.Equal(beforeIt.AsSpan().LastIndexOf((byte)'\n') + 1, LineBreakSearch.EndOfLinesBeforeReturn(bytes));
    }

    [Fact]
    public void SmallTextFile_DecodesNonAsciiAsUtf8()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "PRETTY_NAME=\"Débian ünstable 实验\"\n", new UTF8Encoding(false));
            Assert.Equal("PRETTY_NAME=\"Débian ünstable 实验\"\n", SmallTextFile.Read(path));
            File.WriteAllText(path, "ref: refs/heads/main\n");
            Assert.Equal("ref: refs/heads/main\n", SmallTextFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SmallTextFile_ReadStart_ReadsOnlyThePrefix_OrAllOfAShorterFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "processor : 0\nmodel name : Example CPU\n" + new string('x', 10_000));
            Assert.Equal("processor : 0\nmodel name : Example CPU\nxxx", SmallTextFile.ReadStart(path, 42));
            Assert.Equal(10_039, SmallTextFile.ReadStart(path, 1 << 20).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SmallTextFile_Read_ReadsAProcFileWholeThoughItSaysItIsEmpty()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // /proc/self/maps reports a length of 0 and is usually longer than one first read.
        var text = SmallTextFile.Read("/proc/self/maps");
        Assert.True(text.Length > 4096, $"{text.Length} characters");
        Assert.EndsWith("\n", text);
    }

    [Theory]
    [InlineData("exp", "1.2.3.4")]
    [InlineData("my.experiment", "0.0.0.0")]
    [InlineData(" spaced ", "1.0.0.0")]
    [InlineData("odd,name=with\"quotes'", "10.20.30.40")]
    public void AssemblyDisplayName_ReadsWhatAssemblyNameReads(string name, string version)
    {
        var assemblyName = new System.Reflection.AssemblyName { Name = name, Version = new Version(version) };

        Assert.Equal(name, AssemblyDisplayName.SimpleName(assemblyName.FullName));
        Assert.Equal(version, AssemblyDisplayName.Version(assemblyName.FullName));
    }

    [Fact]
    public void AssemblyDisplayName_OfLoadedAssemblies_MatchesGetName()
    {
        foreach (var assembly in new[] { typeof(object).Assembly, typeof(AssemblyDisplayName).Assembly, typeof(HandWrittenParsingTests).Assembly })
        {
            var name = assembly.GetName();
            Assert.Equal(name.Name, AssemblyDisplayName.SimpleName(assembly.FullName!));
            Assert.Equal(name.Version?.ToString(), AssemblyDisplayName.Version(assembly.FullName!));
        }
    }
}
