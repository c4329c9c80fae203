using System.Globalization;

namespace JourneyKit.Cli.Tests;

/// <summary>
/// Issue 15 item 7: everything JourneyKit writes is the same, byte for byte, whatever the culture of
/// the process: the score, diff, analytics and monitoring reports (text and JSON), the schema, the
/// Mermaid, SVG, HTML and Markdown renderings (map and blueprint), the canonical map, and what the
/// events and answers CSV readers make of the shipped files. de-DE writes 1.234,5 and tr-TR upper-cases
/// "i" to "İ", the two classic ways a culture leaks into output.
/// </summary>
public sealed class CultureTests
{
    private static readonly string Map = Example("online-retail.json");
    private static readonly string Future = Example("online-retail-future.json");

    public static TheoryData<string> Commands() =>
    [
        $"score|{Map}",
        $"score|{Map}|--format|json",
        $"render|{Map}|--format|mermaid",
        $"render|{Map}|--format|svg",
        $"render|{Map}|--format|html",
        $"render|{Map}|--format|markdown",
        $"render|{Map}|--format|svg|--view|blueprint",
        $"render|{Map}|--format|html|--view|blueprint",
        $"diff|{Map}|{Future}",
        $"diff|{Map}|{Future}|--format|json",
        $"analyze|{Example("online-retail-events.csv")}|--map|{Map}",
        $"analyze|{Example("online-retail-events.csv")}|--map|{Map}|--format|json",
        $"monitor|{Example("online-retail-answers.csv")}|--map|{Map}",
        $"monitor|{Example("online-retail-answers.csv")}|--map|{Map}|--format|json",
        "schema",
        $"format|{Map}",
        $"validate|{Map}",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_IsByteIdentical_UnderInvariantGermanAndTurkish(string command)
    {
        var args = command.Split('|');
        var invariant = RunIn(CultureInfo.InvariantCulture, args);
        Assert.Equal(0, invariant.ExitCode);
        Assert.NotEqual("", invariant.Out + invariant.Error);

        foreach (var name in new[] { "de-DE", "tr-TR" })
        {
            var other = RunIn(CultureInfo.GetCultureInfo(name), args);
            Assert.Equal(invariant.ExitCode, other.ExitCode);
            Assert.Equal(invariant.Out, other.Out);
            if (args[0] is not ("analyze" or "monitor"))
            {
                // analyze and monitor show progress on standard error once a run takes over a second: timing, not culture.
                Assert.Equal(invariant.Error, other.Error);
            }
        }
    }

    [Fact]
    public void Cultures_AreReallyDifferent()
    {
        // Guards the test above: if the cultures were missing (invariant globalization), it would prove nothing.
        Assert.Equal("1.234,5", 1234.5.ToString("N1", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
    }

    private static CliResult RunIn(CultureInfo culture, string[] args)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return CliRunner.Run(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static string Example(string name) => RepositoryRoot.Combine("docs", "examples", name);
}
