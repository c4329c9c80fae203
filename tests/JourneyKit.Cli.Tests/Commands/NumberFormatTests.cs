using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// One number format and one minus sign across the outputs: the same figure reads the same in the score text report,
/// the HTML report and the Markdown report (checked end to end through the command line on every example).
/// </summary>
public sealed partial class NumberFormatTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void StageFigures_ReadTheSameInTextHtmlAndMarkdown(string example)
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", "examples", example);
        var text = CliRunner.Run("score", path).Out.ReplaceLineEndings("\n");
        var html = CliRunner.Run("render", path, "--format", "html").Out;
        var markdown = CliRunner.Run("render", path, "--format", "markdown").Out.ReplaceLineEndings("\n");

        // Text: "  stage-id  score  nps  csat  ces  lead  pce" (columns two or more spaces apart).
        var textLines = text.Split('\n');
        var start = Array.FindIndex(textLines, l => l.StartsWith("Stages", StringComparison.Ordinal));
        var textRows = textLines.Skip(start + 2).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => Regex.Split(l.Trim(), " {2,}")).ToList();

        // HTML: the stage table's cells as text.
        var document = XDocument.Parse(html);
        var htmlRows = document.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "stages")
            .Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr")
            .Select(tr => tr.Elements(Xhtml + "td").Select(td => string.Join(' ', td.DescendantNodes().OfType<XText>().Select(t => t.Value))).ToList()).ToList();

        // Markdown: "| name | outcome | score | nps | csat | ces | lead | pce |".
        var mdRows = markdown.Split('\n').SkipWhile(l => l != "## Stages").Skip(4).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToList()).ToList();

        Assert.NotEmpty(textRows);
        Assert.Equal(textRows.Count, htmlRows.Count);
        Assert.Equal(textRows.Count, mdRows.Count);
        for (var i = 0; i < textRows.Count; i++)
        {
            var (t, h, m) = (textRows[i], htmlRows[i], mdRows[i]);
            Assert.Equal(Plain(t[1]), Plain(h[1]));                       // score
            Assert.Equal(Plain(t[1]), Plain(m[2]));
            for (var k = 0; k < 3; k++)                                   // NPS, CSAT, CES: value, low, high, n
            {
                Assert.Equal(Figures(t[2 + k]), Figures(h[2 + k]));
                Assert.Equal(Figures(t[2 + k]), Figures(m[3 + k]));
            }

            Assert.Equal(Plain(t[5]), Plain(h[5]));                       // lead time
            Assert.Equal(Plain(t[5]), Plain(m[6]));
            Assert.Equal(Plain(t[6]), Plain(h[6]));                       // PCE
            Assert.Equal(Plain(t[6]), Plain(m[7]));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryOutput_WritesTheAsciiMinusOnly(string example)
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", "examples", example);
        foreach (var args in new[]
        {
            new[] { "score", path }, ["render", path, "--format", "html"], ["render", path, "--format", "markdown"],
            ["render", path, "--format", "svg"], ["render", path, "--format", "svg", "--view", "blueprint"],
        })
        {
            var result = CliRunner.Run(args);
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain('\u2212', result.Out);
        }
    }

    [Fact]
    public void NegativeFigures_ReadTheSameInTextHtmlAndMarkdown()
    {
        // One touchpoint, NPS answers 3 detractors (0) and 1 promoter (10): NPS = (1 - 3) / 4 · 100 = -50.
        using var folder = new TempFolder("journeykit-numbers-");
        var path = Path.Combine(folder.Path, "m.json");
        File.WriteAllText(path, """
            { "schemaVersion": "1.0", "id": "m", "name": "M", "stages": [ { "id": "s", "name": "S", "touchpoints": [
              { "id": "t", "name": "T", "emotion": -1.5, "responses": { "nps": [3,0,0,0,0,0,0,0,0,0,1] } } ] } ] }
            """);

        var text = CliRunner.Run("score", path).Out;
        var html = CliRunner.Run("render", path, "--format", "html").Out;
        var markdown = CliRunner.Run("render", path, "--format", "markdown").Out;

        Assert.Matches(@"\s-50 \[", text);
        Assert.Contains("<strong>-50</strong>", html, StringComparison.Ordinal);
        Assert.Contains("| -50 (", markdown, StringComparison.Ordinal);
        Assert.Contains(">-1.5<", html, StringComparison.Ordinal); // the touchpoint's emotion, signed
    }

    /// <summary>A cell's text with the no-break space the rendered reports put before a unit made a plain one.</summary>
    private static string Plain(string cell) => cell.Replace('\u00A0', ' ').Trim() is "\u2013" or "-" ? "none" : cell.Replace('\u00A0', ' ').Trim();

    /// <summary>The numbers of an estimate cell in order (value, low, high, n), whatever the layout around them.</summary>
    private static string Figures(string cell) =>
        Plain(cell) == "none" ? "none" : string.Join(' ', Number().Matches(cell).Select(m => m.Value));

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
