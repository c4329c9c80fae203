using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class ScoreCommandTests : IDisposable
{
    private const string Map = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "personas": [{ "id": "p", "name": "P" }],
          "stages": [
            { "id": "browse", "name": "Browse", "touchpoints": [
              { "id": "home", "name": "Home page", "emotion": 2, "owner": "web", "processMinutes": 1, "waitMinutes": 0, "valueAdding": true,
                "responses": { "nps": [0,0,0,0,0,0,0,0,0,1,1] } } ] },
            { "id": "pay", "name": "Pay", "touchpoints": [
              { "id": "checkout", "name": "Checkout", "emotion": -2, "owner": "payments", "processMinutes": 3, "waitMinutes": 7, "valueAdding": false,
                "responses": { "ces": [0,0,0,0,0,1,1] } } ] }
          ],
          "outcomes": [{ "id": "pay-fast", "statement": "Pay quickly", "importance": 9, "satisfaction": 2 }],
          "kpis": [{ "id": "conv", "name": "Conversion", "unit": "%", "baseline": 20, "target": 30,
                     "measurements": [{ "at": "2026-01-02T00:00:00Z", "value": 25 }, { "at": "2026-01-01T00:00:00Z", "value": 20 }] }],
          "opportunities": [{ "id": "one-click", "title": "One-click pay", "reach": 100, "impact": 2, "confidence": 1, "effort": 4 }],
          "playbooks": [{ "id": "pb", "name": "PB", "plays": [
            { "id": "fix-pay", "when": { "metric": "ces", "targetId": "checkout", "op": "ge", "value": 5 }, "action": "Fix checkout", "owner": "payments", "priority": 1 } ] }]
        }
        """;

    private readonly TempFolder _folder = new("journeykit-score-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string contents) => _folder.Write(name, contents);

    [Fact]
    public void Json_IsTheScoreReport()
    {
        var path = Write("shop.json", Map);

        var result = CliRunner.Run("score", path, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var expected = ScoreReportJson.Write(new JourneyScorer().Score(new JourneySerializer().Read(Map)));
        Assert.Equal(expected, result.Out);
        Assert.StartsWith("{\n  \"mapId\": \"shop\",\n  \"journeyScore\": ", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsTheDefault_AndSummarizes()
    {
        var path = Write("shop.json", Map);

        var result = CliRunner.Run("score", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        // home: emotion 2 → 83.3, NPS 100 → 100: 91.7. checkout: emotion −2 → 16.7, CES 6.5 → 8.3: 12.5.
        // One persona meeting both, one stage each: journey (91.7 + 12.5)/2 = 52.1.
        Assert.Equal("shop: Shop", lines[0]);
        Assert.Equal("Journey score: 52.1 / 100", lines[1]);
        // Figures as the HTML and Markdown reports write them: CES with two decimals, no trailing zeros.
        Assert.Contains(["browse", "91.7", "100 [100, 100] n=2", "-", "-", "1 min", "100 %"], Rows(lines));
        Assert.Contains(["pay", "12.5", "-", "-", "6.5 [5.52, 7.48] n=2", "10 min", "0 %"], Rows(lines)); // s = 0.707, 1.96·s/√2 = 0.98
        Assert.Contains("Value stream: lead time 11 min, value-added 1 min, PCE 9.1 %, rolled %C&A -, bottleneck checkout, handoffs 1", lines);
        Assert.Contains("Waste: checkout", lines);
        Assert.Contains("Customer-initiated share: -", lines);
        Assert.Contains("Top pain points (1 of 1)", lines);
        Assert.Contains(["checkout", "pay", "12.5", "lowEmotion, emotionDrop, highEffort", "p"], Rows(lines));
        Assert.Contains(["pay-fast", "16", "9", "2"], Rows(lines));
        Assert.Contains(["conv", "Conversion", "20 %", "25 %", "30 %", "50 %", "amber", "improving (+5/day)"], Rows(lines));
        Assert.Contains(["1", "one-click", "50"], Rows(lines));
        Assert.Contains(["1", "pb/fix-pay", "ces(checkout) = 6.5 (ge 5)", "Fix checkout", "payments"], Rows(lines));
    }

    /// <summary>The cells of every table row: columns are two or more spaces apart.</summary>
    private static List<string[]> Rows(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => System.Text.RegularExpressions.Regex.Split(l.Trim(), " {2,}"))];

    [Theory]
    [InlineData(1496, "25 h", "25 h")]     // stage 3 + 1496 = 1499 min; journey 1500 min
    [InlineData(2997, "2.1 d", "2.1 d")]   // stage 3000 min; journey 3001 min
    [InlineData(116, "119 min", "2 h")]    // stage 119 min stays in minutes; the journey's 120 min is 2 h
    public void Text_LongTimesReadInHoursOrDays(int wait, string stage, string journey)
    {
        var path = Write("slow.json", Map.Replace("\"waitMinutes\": 7", $"\"waitMinutes\": {wait}", StringComparison.Ordinal));

        var lines = CliRunner.Run("score", path).Out.ReplaceLineEndings("\n").Split('\n');

        Assert.Contains(Rows(lines), r => r[0] == "pay" && r[^2] == stage);
        Assert.Contains(lines, l => l.StartsWith($"Value stream: lead time {journey}, ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFormat_ExitsTwo()
    {
        var result = CliRunner.Run("score", Write("shop.json", Map), "--format", "xml");
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ExitsTwoNamingTheFile()
    {
        var result = CliRunner.Run("score", "no-such-map.json");
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.StartsWith("no-such-map.json: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_ExitsTwo()
    {
        var result = CliRunner.Run("score", Write("bad.json", "{ \"schemaVersion\": "));
        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void UnknownCalculator_ExitsOneWithOneLine()
    {
        var path = Write("churn.json", Map.Replace("\"name\": \"Conversion\",", "\"name\": \"Conversion\", \"calculator\": \"churnRate\",", StringComparison.Ordinal));

        var result = CliRunner.Run("score", path);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("churnRate", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
