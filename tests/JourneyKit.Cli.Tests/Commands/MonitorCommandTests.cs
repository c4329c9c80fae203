using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class MonitorCommandTests : IDisposable
{
    private const string MapJson = """
        { "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [
            { "id": "buy", "name": "Buy", "touchpoints": [
              { "id": "cart", "name": "Cart", "x-note": "kept", "responses": { "nps": [0,0,0,0,0,0,0,0,0,0,5], "csat": [1,1,1,1,1] } },
              { "id": "payment", "name": "Payment" } ] }
          ] }
        """;

    // payment ces: 2, 4 in the week of 2026-01-05; 5, 7 in the week of 2026-01-19; cart nps 10, 10, 0 in the first week.
    private const string Answers = """
        timestamp,touchpointId,metric,rating,channel
        2026-01-05T09:00:00Z,cart,nps,10,web
        2026-01-06T09:00:00Z,cart,nps,10,web
        2026-01-11T23:59:59Z,cart,nps,0,app
        2026-01-05T00:00:00Z,payment,ces,2,web
        2026-01-07T10:00:00+02:00,payment,ces,4,web
        2026-01-19T08:00:00Z,payment,ces,5,web
        2026-01-25T23:00:00Z,payment,ces,7,web
        2026-01-20T08:00:00Z,gift-wrap,csat,5,web
        2026-01-20T08:00:00Z,cart,csat,4.0,web

        """;

    private readonly TempFolder _folder = new("jk-monitor-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_WritesTheReport()
    {
        var result = CliRunner.Run("monitor", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal(8, (long)root["answers"]!);
        Assert.Equal(1, (long)root["malformedLines"]!);
        Assert.Equal(1, (long)root["unknownTouchpointAnswers"]!);
        var payment = root["series"]![1]!;
        Assert.Equal("payment", (string?)payment["id"]);
        Assert.Equal([3.0, null, 6.0], payment["points"]!.AsArray().Select(p => (double?)p!["value"]));
        Assert.Equal(0.1679497, (double)payment["change"]!["pValue"]!, 6);
        Assert.Equal(1.5, (double)payment["trend"]!["slopePerPeriod"]!, 12);
    }

    [Fact]
    public void Text_PutsAlertsFirst_ThenATablePerScope_AndWritesToAFile()
    {
        var output = _folder.PathOf("report.txt");
        var result = CliRunner.Run("monitor", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var text = File.ReadAllText(output);
        Assert.Contains("by week: 8 answers, 1 malformed line, 1 answer on touchpoints not in the map", text, StringComparison.Ordinal);
        var alerts = text.IndexOf("Alerts:", StringComparison.Ordinal);
        Assert.True(alerts >= 0 && alerts < text.IndexOf("2026-01-05", StringComparison.Ordinal));
        Assert.Contains("touchpoint payment ces: small sample", text, StringComparison.Ordinal);
        Assert.Contains(" 3 (n=2)", text, StringComparison.Ordinal);   // CES: two decimals at most, trailing zeros dropped
        Assert.Contains("+3 worse", text, StringComparison.Ordinal);
        Assert.Contains("+1.5/week worsening", text, StringComparison.Ordinal);
        Assert.Contains("journey ces: small sample", text, StringComparison.Ordinal);
        var tables = new[] { "\n  touchpoint ", "\n  stage ", "\n  journey " }.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.True(tables[0] > alerts && tables[0] < tables[1] && tables[1] < tables[2], text);
    }

    [Fact]
    public void Strict_ExitsOneNamingTheFirstBadLine()
    {
        var answers = _folder.Write("answers.csv", Answers);
        var result = CliRunner.Run("monitor", answers, "--map", _folder.Write("map.json", MapJson), "--strict");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal($"{answers}:9: the touchpoint 'gift-wrap' is not in the map 'shop': 2026-01-20T08:00:00Z,gift-wrap,csat,5,web", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void HeaderMissingAColumn_ExitsTwo()
    {
        var answers = _folder.Write("answers.csv", "timestamp,touchpointId,rating\n");
        var result = CliRunner.Run("monitor", answers, "--map", _folder.Write("map.json", MapJson));

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{answers}: ", line, StringComparison.Ordinal);
        Assert.Contains("metric", line, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSince_ExitsTwo()
    {
        var result = CliRunner.Run("monitor", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "--since", "2026-01-05T00:00:00");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal("--since '2026-01-05T00:00:00' is not a date (2026-01-31) or an ISO 8601 date-time with an offset or Z (2026-01-31T12:00:00Z).", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void SinceUntil_BoundTheRange()
    {
        var result = CliRunner.Run("monitor", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "--format", "json", "--since", "2026-01-19", "--until", "2026-01-25T23:00:00Z");

        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal(2, (long)root["answers"]!); // 01-19 payment and the unknown gift-wrap; 01-25T23:00Z is the excluded bound
    }

    [Fact]
    public void Tally_ReplacesOnlyCountsWithAnswers_KeepsEverythingElse()
    {
        var output = _folder.PathOf("tallied.json");
        var result = CliRunner.Run("tally", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var map = JsonNode.Parse(File.ReadAllText(output))!;
        var cart = map["stages"]![0]!["touchpoints"]![0]!;
        Assert.Equal("kept", (string?)cart["x-note"]);
        Assert.Equal([1L, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], cart["responses"]!["nps"]!.AsArray().Select(n => (long)n!));
        Assert.Equal([1L, 1, 1, 1, 1], cart["responses"]!["csat"]!.AsArray().Select(n => (long)n!)); // no csat answer on cart: kept
        var payment = map["stages"]![0]!["touchpoints"]![1]!;
        Assert.Equal([0L, 1, 0, 1, 1, 0, 1], payment["responses"]!["ces"]!.AsArray().Select(n => (long)n!));
    }

    [Fact]
    public void TallyAdd_ThenScore_EqualsScoringTheCountsTypedByHand()
    {
        var tallied = _folder.PathOf("tallied.json");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("tally", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "--add", "-o", tallied).ExitCode);

        var byHand = _folder.Write("by-hand.json", MapJson
            .Replace("\"nps\": [0,0,0,0,0,0,0,0,0,0,5]", "\"nps\": [1,0,0,0,0,0,0,0,0,0,7]", StringComparison.Ordinal)
            .Replace("{ \"id\": \"payment\", \"name\": \"Payment\" }", "{ \"id\": \"payment\", \"name\": \"Payment\", \"responses\": { \"ces\": [0,1,0,1,1,0,1] } }", StringComparison.Ordinal));
        var fromTally = CliRunner.Run("score", tallied, "--format", "json");
        var fromHand = CliRunner.Run("score", byHand, "--format", "json");

        Assert.Equal(ExitCodes.Success, fromTally.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fromHand.Out), JsonNode.Parse(fromTally.Out)), fromTally.Out);
    }

    [Fact]
    public void Tally_WithoutOutput_IsAUsageError()
    {
        var result = CliRunner.Run("tally", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson));

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
    }

    [Fact]
    public void ShippedExample_ShowsTheWorseningAtPayment_AndFiresTheEffortPlay()
    {
        var result = CliRunner.Run("monitor", RepositoryRoot.Combine("docs", "examples", "online-retail-answers.csv"), "--map", RepositoryRoot.Combine("docs", "examples", "online-retail.json"), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal(541, (long)root["answers"]!);
        Assert.Equal(1, (long)root["unknownTouchpointAnswers"]!);
        var worsening = root["alerts"]!.AsArray().Where(a => (string?)a!["kind"] == "significantWorsening")
            .Select(a => $"{(string?)a!["scope"]} {(string?)a["id"]} {(string?)a["metric"]}");
        Assert.Equal(["touchpoint payment ces", "stage purchase ces", "journey  ces"], worsening);
        Assert.Contains(root["firedPlays"]!.AsArray(), p => (string?)p!["playId"] == "effort-alert");
    }

    [Fact]
    public void AnswersSpanningMoreThanMaxPeriods_ExitTwoInOneSentence_AndTheLimitCanBeRaised()
    {
        var answers = _folder.Write("span.csv", "timestamp,touchpointId,metric,rating\n2026-01-05T09:00:00Z,cart,nps,10\n2026-04-01T09:00:00Z,cart,nps,9\n");
        var map = _folder.Write("map.json", MapJson);

        var refused = CliRunner.Run("monitor", answers, "--map", map, "--period", "day", "--max-periods", "40");
        Assert.Equal(ExitCodes.Unreadable, refused.ExitCode);
        Assert.Equal(
            $"{answers}: the answers span 87 days, from the day of 2026-01-05 to that of 2026-04-01, more than the 40 periods a report may cover; bound the range with --since and --until, choose a longer --period, or raise --max-periods (at most 1,000,000).",
            Assert.Single(refused.ErrorLines));
        Assert.Empty(refused.Out);

        var weekly = CliRunner.Run("monitor", answers, "--map", map, "--max-periods", "13", "--format", "json");
        Assert.Equal(ExitCodes.Success, weekly.ExitCode); // Mondays 01-05 … 03-30: 13 weeks
        Assert.Equal(13, JsonNode.Parse(weekly.Out)!["series"]![0]!["points"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000001")]
    [InlineData("ten")]
    public void BadMaxPeriods_ExitsTwo(string value)
    {
        var result = CliRunner.Run("monitor", _folder.Write("answers.csv", Answers), "--map", _folder.Write("map.json", MapJson), "--max-periods", value);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"--max-periods: '{value}' is not a number of periods; give a whole number from 1 to 1000000, such as 10000.", Assert.Single(result.ErrorLines));
    }
}
