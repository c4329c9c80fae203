using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// <c>analyze --format html</c> and <c>monitor --format html</c> end to end on the shipped examples: the page is written
/// whole to <c>-o FILE</c> (or to standard output, as <c>render --format html</c> does), holds the report's figures, and a
/// bad output path or format is one sentence with exit code 2.
/// </summary>
public sealed class HtmlReportCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
    private static readonly string Map = Path.Combine(Examples, "online-retail.json");
    private static readonly string Events = Path.Combine(Examples, "online-retail-events.csv");
    private static readonly string Answers = Path.Combine(Examples, "online-retail-answers.csv");
    private readonly TempFolder _folder = new("jk-html-report-");

    public void Dispose() => _folder.Dispose();

    /// <summary>The page parsed as XML (it is well-formed XML by design), its doctype ignored.</summary>
    private static XDocument Xml(string html)
    {
        using var reader = System.Xml.XmlReader.Create(new StringReader(html), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Analyze_Html_WritesThePageWithTheReportsFigures()
    {
        var page = _folder.PathOf("analytics.html");

        var result = CliRunner.Run("analyze", Events, "--map", Map, "--format", "html", "-o", page, "--window", "7d");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var json = JsonNode.Parse(CliRunner.Run("analyze", Events, "--map", Map, "--format", "json", "--window", "7d").Out)!;
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var document = Xml(html);
        var funnel = document.Descendants(Svg + "svg").Single(s => s.Attribute("class")?.Value == "chart funnel");
        var stageIds = json["funnelStageIds"]!.AsArray().Select(s => (string)s!).ToList();
        var counts = json["stages"]!.AsArray().Where(s => stageIds.Contains((string)s!["stageId"]!)).Select(s => (long)s!["funnel"]!).ToList();
        var bars = funnel.Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value == "stage").ToList();
        Assert.Equal(stageIds.Count, bars.Count);
        // Each bar's tooltip starts with the stage and its funnel count, as the JSON has it.
        Assert.Equal(counts, bars.Select(b => long.Parse(b.Element(Svg + "title")!.Value.Split(": ")[1].Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("within 7 d of entering the first", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(new DirectoryInfo(_folder.Path).GetFiles(), f => f.Name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_HtmlWithoutOutput_WritesToStandardOutput_AndOutputWorksForText()
    {
        var result = CliRunner.Run("analyze", Events, "--map", Map, "--format", "html");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", result.Out, StringComparison.Ordinal);

        var text = _folder.PathOf("analytics.txt");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("analyze", Events, "--map", Map, "-o", text).ExitCode);
        Assert.Equal(CliRunner.Run("analyze", Events, "--map", Map).Out, File.ReadAllText(text));
    }

    [Fact]
    public void Analyze_HtmlIntoAMissingFolder_ExitsTwoAndWritesNothing()
    {
        var page = Path.Combine(_folder.Path, "missing-folder", "analytics.html");

        var result = CliRunner.Run("analyze", Events, "--map", Map, "--format", "html", "-o", page);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.False(File.Exists(page));
        Assert.StartsWith(page + ": cannot write the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("monitor")]
    public void UnknownFormat_ExitsTwo(string command)
    {
        var result = CliRunner.Run(command, command == "analyze" ? Events : Answers, "--map", Map, "--format", "pdf");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Contains("pdf", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Monitor_Html_DrawsASmallMultiplePerSeries_AlertsFirst()
    {
        var page = _folder.PathOf("monitor.html");

        var result = CliRunner.Run("monitor", Answers, "--map", Map, "--format", "html", "-o", page);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JsonNode.Parse(CliRunner.Run("monitor", Answers, "--map", Map, "--format", "json").Out)!;
        var html = File.ReadAllText(page);
        var document = Xml(html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var figures = document.Descendants(x + "figure").ToList();
        Assert.Equal(json["series"]!.AsArray().Count, figures.Count);
        var points = json["series"]!.AsArray().Select(s => s!["points"]!.AsArray().Count(p => p!["value"] is not null)).ToList();
        Assert.Equal(points, figures.Select(f => f.Descendants(Svg + "circle").Count(c => c.Attribute("class")?.Value == "point")));
        var sections = document.Descendants(x + "section").Select(s => (string?)s.Attribute("id")).ToList();
        Assert.Equal("alerts", sections[0]);
        var alerts = document.Descendants(x + "section").First().Descendants(x + "li").Count();
        Assert.Equal(json["alerts"]!.AsArray().Count, alerts);
        // The shipped answers show a real worsening at one touchpoint: it is listed and its chart is ringed.
        Assert.Contains(json["alerts"]!.AsArray(), a => (string?)a!["kind"] == "significantWorsening" && (string?)a["scope"] == "touchpoint");
        Assert.Contains(figures, f => f.Attribute("class")?.Value == "series alerted" && f.Descendants(Svg + "circle").Count(c => c.Attribute("class")?.Value == "change") == 2);
    }
}
