namespace JourneyKit.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string MapJson = """
        { "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [
            { "id": "browse", "name": "Browse", "touchpoints": [{ "id": "home", "name": "Home", "initiator": "customer" }] },
            { "id": "buy", "name": "Buy", "touchpoints": [{ "id": "cart", "name": "Cart", "initiator": "customer" }, { "id": "mail", "name": "Mail", "initiator": "company" }] }
          ] }
        """;

    private readonly TempFolder _folder = new("jk-analyze-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ShippedExample_GivesTheFiguresDuckDbGivesForTheSameFile()
    {
        // docs/examples/online-retail-events.csv: 583 events of 120 customers in random order, five
        // offsets, a quoted extra column, 11 events on a touchpoint not in the map. The expected
        // figures are DuckDB's, from benchmarks/duckdb/analytics.sql run on the same events (an
        // independent implementation of the definitions), not JourneyKit's own output.
        var result = CliRunner.Run("analyze", RepositoryRoot.Combine("docs", "examples", "online-retail-events.csv"), "--map", RepositoryRoot.Combine("docs", "examples", "online-retail.json"), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = report.RootElement;
        Assert.Equal(583, root.GetProperty("events").GetInt64());
        Assert.Equal(120, root.GetProperty("customers").GetInt64());
        Assert.Equal(11, root.GetProperty("unknownTouchpointEvents").GetInt64());
        Assert.Equal(0, root.GetProperty("malformedLines").GetInt64());
        Assert.Equal(0.5804195804195804, root.GetProperty("customerInitiatedShare").GetDouble());
        var stages = root.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal([112L, 89, 68, 52, 43], stages.Select(s => s.GetProperty("reach").GetInt64()));
        Assert.Equal([112L, 85, 56, 33, 21], stages.Select(s => s.GetProperty("funnel").GetInt64()));
        Assert.Equal([null, 64740.0, 71730.0, 72000.0, 65580.0], stages.Select(s => s.GetProperty("medianSecondsFromPrevious") is { ValueKind: System.Text.Json.JsonValueKind.Number } m ? m.GetDouble() : (double?)null));
        var paths = root.GetProperty("paths").EnumerateArray()
            .Select(p => (string.Join('>', p.GetProperty("stageIds").EnumerateArray().Select(id => id.GetString())), p.GetProperty("customers").GetInt64()))
            .ToList();
        Assert.Equal(
            [
                ("awareness", 20L), ("awareness>consideration>purchase>delivery-and-use>advocacy", 18), ("awareness>consideration", 17),
                ("awareness>consideration>purchase", 13), ("awareness>consideration>purchase>delivery-and-use", 8),
                ("awareness>consideration>delivery-and-use>advocacy", 5), ("awareness>consideration>purchase>advocacy", 5),
                ("awareness>consideration>awareness", 4), ("awareness>consideration>purchase>consideration", 3), ("purchase>delivery-and-use>advocacy", 3),
            ],
            paths);
    }

    [Fact]
    public void Json_WritesTheReportWithEveryFigure()
    {
        // a: browse 10:00Z, buy 12:30+02:00 (10:30Z): 1800 s. b: browse only. c: buy only. One unknown, one malformed.
        var events = Write("events.csv", """
            customerId,touchpointId,timestamp
            a,home,2026-01-31T10:00:00Z
            a,cart,2026-01-31T12:30:00+02:00
            b,home,2026-01-31T09:00:00Z
            c,mail,2026-01-31T09:00:00Z
            d,kiosk,2026-01-31T09:00:00Z
            e,home,not a time
            """);

        var result = CliRunner.Run("analyze", events, "--map", Map(), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("""
            {
              "mapId": "shop",
              "events": 5,
              "customers": 3,
              "unknownTouchpointEvents": 1,
              "malformedLines": 1,
              "customerInitiatedShare": 0.75,
              "window": null,
              "funnelStageIds": [
                "browse",
                "buy"
              ],
              "stages": [
                {
                  "stageId": "browse",
                  "reach": 2,
                  "funnel": 2,
                  "conversionFromPrevious": null,
                  "medianSecondsFromPrevious": null,
                  "secondsFromPrevious": null
                },
                {
                  "stageId": "buy",
                  "reach": 2,
                  "funnel": 1,
                  "conversionFromPrevious": 0.5,
                  "medianSecondsFromPrevious": 1800,
                  "secondsFromPrevious": {
                    "p25": 1800,
                    "p50": 1800,
                    "p75": 1800,
                    "p90": 1800,
                    "p95": 1800
                  }
                }
              ],
              "secondsToConvert": {
                "p25": 1800,
                "p50": 1800,
                "p75": 1800,
                "p90": 1800,
                "p95": 1800,
                "n": 1
              },
              "paths": [
                {
                  "stageIds": [
                    "browse"
                  ],
                  "customers": 1
                },
                {
                  "stageIds": [
                    "browse",
                    "buy"
                  ],
                  "customers": 1
                },
                {
                  "stageIds": [
                    "buy"
                  ],
                  "customers": 1
                }
              ],
              "breakdown": null,
              "cohorts": null,
              "firedPlays": []
            }

            """.ReplaceLineEndings("\n"), result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Text_ShowsTheFunnelWithBarsAndTheCountsOfWhatWasNotUsed()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,home,2026-01-31T10:00:00Z\na,cart,2026-01-31T10:30:00Z\nb,home,2026-01-31T09:00:00Z\nd,kiosk,2026-01-31T09:00:00Z\n,home,2026-01-31T09:00:00Z\n");

        var result = CliRunner.Run("analyze", events, "--map", Map());

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("4 events, 2 customers", result.Out, StringComparison.Ordinal);
        Assert.Contains("Not used: 1 event on touchpoints not in the map, 1 malformed line", result.Out, StringComparison.Ordinal);
        var buy = result.Out.Split('\n').Single(l => l.StartsWith("Buy", StringComparison.Ordinal));
        Assert.Contains("50 %", buy, StringComparison.Ordinal);        // one decimal at most, trailing zeros dropped
        Assert.Contains("30 min", buy, StringComparison.Ordinal);      // 1800 s, as every report writes a time
        Assert.DoesNotContain("50.0 %", buy, StringComparison.Ordinal);
        Assert.Contains("███████████████ ", buy, StringComparison.Ordinal); // half of 30 cells
        Assert.Contains("1  browse > buy", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_FirstBadLine_ExitsOneNamingFileLineAndContent()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,home,2026-01-31T10:00:00Z\na,home,31/01/2026\nb,kiosk,2026-01-31T10:00:00Z\n");

        var result = CliRunner.Run("analyze", events, "--map", Map(), "--strict");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"{events}:3: the timestamp '31/01/2026' is not an ISO 8601 time with an offset or Z (such as 2026-01-31T12:34:56Z or 2026-01-31T14:34:56.5+02:00): a,home,31/01/2026", line);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Strict_UnknownTouchpoint_ExitsOne()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\nb,kiosk,2026-01-31T10:00:00Z\n");

        var result = CliRunner.Run("analyze", events, "--map", Map(), "--strict");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal($"{events}:2: the touchpoint 'kiosk' is not in the map 'shop': b,kiosk,2026-01-31T10:00:00Z", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Strict_CleanFile_Succeeds()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,home,2026-01-31T10:00:00Z\n");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("analyze", events, "--map", Map(), "--strict", "--format", "json").ExitCode);
    }

    [Fact]
    public void MissingCsv_ExitsTwoWithOneLine()
    {
        var result = CliRunner.Run("analyze", Path.Combine(_folder.Path, "nope.csv"), "--map", Map());

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.StartsWith(Path.Combine(_folder.Path, "nope.csv") + ": cannot read the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("customerId,touchpointId\na,home\n", "the header has no 'timestamp' column")]
    [InlineData("", "has no header line")]
    public void UnusableHeader_ExitsTwoWithOneLine(string csv, string expected)
    {
        var events = Write("events.csv", csv);

        var result = CliRunner.Run("analyze", events, "--map", Map());

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(events + ": ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingMapOption_ExitsTwo()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\n");

        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("analyze", events).ExitCode);
    }

    [Fact]
    public void UnreadableMap_ExitsTwoNamingTheMap()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\n");
        var map = Write("map.json", "{ not json");

        var result = CliRunner.Run("analyze", events, "--map", map);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.StartsWith(map + ": ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Window_CountsTheSecondEntryThatConvertsWithinIt_AndShowsThePercentiles()
    {
        // a: browse at 10:00, again at 12:00, buy at 12:30. Within 1 h only the second entry converts: 1800 s.
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,home,2026-01-31T10:00:00Z\na,home,2026-01-31T12:00:00Z\na,cart,2026-01-31T12:30:00Z\n");

        var json = CliRunner.Run("analyze", events, "--map", Map(), "--format", "json", "--window", "PT1H", "--stages", "browse,buy");
        var text = CliRunner.Run("analyze", events, "--map", Map(), "--window", "60m");

        Assert.Equal(ExitCodes.Success, json.ExitCode);
        Assert.Contains("\"window\": {\n    \"seconds\": 3600\n  },", json.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"medianSecondsFromPrevious\": 1800,", json.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("Funnel: browse > buy within a window of 60 min", text.Out, StringComparison.Ordinal); // minutes below 2 h
        Assert.Contains("time from previous: p25 30 min, p50 30 min, p75 30 min, p90 30 min, p95 30 min", text.Out, StringComparison.Ordinal);
        Assert.Contains("Time to convert (1 customer): p25 30 min", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_LeavesAStageOutOfTheFunnel()
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,cart,2026-01-31T12:30:00Z\n");

        var result = CliRunner.Run("analyze", events, "--map", Map(), "--format", "json", "--stages", "buy");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var report = JourneyKit.Analytics.AnalyticsReportJson.Read(result.Out);
        Assert.Equal(["buy"], report.FunnelStageIds);
        Assert.Null(report.Stages[0].Funnel);
        Assert.Equal(1, report.Stages[1].Funnel);
        Assert.Equal(new JourneyKit.Analytics.TimeToConvert { P25 = 0, P50 = 0, P75 = 0, P90 = 0, P95 = 0, N = 1 }, report.SecondsToConvert);
    }

    [Theory]
    [InlineData("--window", "7y", "--window: '7y' is not a window longer than zero")]
    [InlineData("--window", "P1M", "--window: 'P1M' is not a window longer than zero")]
    [InlineData("--window", "0s", "--window: '0s' is not a window longer than zero")]
    [InlineData("--window", "3652060d", "--window: '3652060d' is longer than 3,652,059 days, the whole range of timestamps (a longer window would change nothing); give a shorter window, or leave --window out for none.")]
    [InlineData("--window", "10675200d", "--window: '10675200d' is longer than 3,652,059 days")]
    [InlineData("--window", "100000000d", "--window: '100000000d' is longer than 3,652,059 days")]
    [InlineData("--window", "99999999999999999999999s", "--window: '99999999999999999999999s' is longer than 3,652,059 days")]
    [InlineData("--window", "P521723W", "--window: 'P521723W' is longer than 3,652,059 days")]
    [InlineData("--stages", "browse,nope", "--stages: The funnel stage 'nope' is not a stage of the map; its stages are [browse, buy].")]
    [InlineData("--stages", "buy,buy", "--stages: The funnel stage 'buy' is named twice")]
    public void BadWindowOrStages_OneSentenceAndExit2(string option, string value, string expected)
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,cart,2026-01-31T12:30:00Z\n");

        var result = CliRunner.Run("analyze", events, "--map", Map(), option, value);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", line, StringComparison.Ordinal);
        Assert.EndsWith(".", line, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("3652059d")]
    [InlineData("87649416h")]
    [InlineData("P521722W5D")]
    public void LongestWindow_IsTakenAndChangesNothing(string window)
    {
        // Two customers an age apart: with the longest window, as without one, each reaches the stages they have events in.
        var events = Write("events.csv", "customerId,touchpointId,timestamp\na,home,0001-01-01T00:00:00Z\na,cart,9999-12-31T23:59:59Z\nb,home,2026-01-31T12:30:00Z\n");

        var windowed = CliRunner.Run("analyze", events, "--map", Map(), "--window", window, "--format", "json");
        var plain = CliRunner.Run("analyze", events, "--map", Map(), "--format", "json");

        Assert.Equal(ExitCodes.Success, windowed.ExitCode);
        var report = JourneyKit.Analytics.AnalyticsReportJson.Read(windowed.Out);
        Assert.Equal(1, report.Stages[1].Funnel);
        Assert.Equal(JourneyKit.Analytics.AnalyticsReportJson.Read(plain.Out).Stages, report.Stages);
    }

    [Fact]
    public void Breakdown_Cohorts_AndCustomersOut_EndToEnd()
    {
        // 40 "pro" customers browse, 30 buy; 40 "free" customers browse, 10 buy; one customer only mails (depth 0, its segment quoted).
        var csv = new System.Text.StringBuilder("customerId,touchpointId,timestamp,Segment\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append($"p{i:00},home,2026-01-0{1 + (i % 2)}T10:00:00Z,pro\n");
            if (i < 30)
            {
                csv.Append($"p{i:00},cart,2026-01-05T10:00:00Z,\n");
            }

            csv.Append($"f{i:00},home,2025-12-29T10:00:00Z,free\n");
            if (i < 10)
            {
                csv.Append($"f{i:00},cart,2026-01-05T10:00:00Z,free\n");
            }
        }

        csv.Append("=x,mail,2026-01-05T10:00:00Z,\"=HYPERLINK(\"\"evil\"\")\"\n");
        var events = Write("events.csv", csv.ToString());
        var rows = Path.Combine(_folder.Path, "customers.csv");

        var json = CliRunner.Run("analyze", events, "--map", Map(), "--format", "json", "--breakdown", "segment", "--cohorts", "week", "--customers-out", rows);
        var text = CliRunner.Run("analyze", events, "--map", Map(), "--breakdown", "segment", "--breakdown-limit", "1", "--cohorts", "week");

        Assert.Equal(ExitCodes.Success, json.ExitCode);
        var report = JourneyKit.Analytics.AnalyticsReportJson.Read(json.Out);
        var groups = report.Breakdown!.Groups;
        Assert.Equal([("free", 40L), ("pro", 40L), ("=HYPERLINK(\"evil\")", 1L)], groups.Select(g => (g.Value!, g.Customers)));
        Assert.True(groups[0].Stages[1].VersusRest!.Significant);
        // free against everyone else: 10/40 − 30/40 (the mail-only customer never browsed, so is not at step 1).
        Assert.Equal(-0.5, groups[0].Stages[1].VersusRest!.Difference!.Value, 12);
        Assert.Equal([(new DateOnly(2025, 12, 29), 80L)], report.Cohorts!.Groups.Select(c => (c.Start, c.Customers)));
        Assert.Equal([80L, 40], report.Cohorts.Groups[0].Funnel);

        var lines = File.ReadAllText(rows).Split("\r\n");
        Assert.Equal("customerId,depth,lastStageId,entry,group", lines[0]);
        Assert.Equal("'=x,0,,,\"'=HYPERLINK(\"\"evil\"\")\"", lines[1]);
        Assert.Equal("f00,2,buy,2025-12-29T10:00:00Z,free", lines[2]);
        Assert.Equal("p39,1,browse,2026-01-02T10:00:00Z,pro", lines[^2]);
        Assert.Equal(83, lines.Length);

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("Breakdown by segment (first event), 2 groups; * = conversion differs from the rest's (Holm-adjusted p < 0.05)", text.Out, StringComparison.Ordinal);
        Assert.Contains("'free' — 40 customers", text.Out, StringComparison.Ordinal);
        Assert.Contains("other (merged groups) — 41 customers", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"Buy +10 +10 +25 % +-50 pp +(< 0\.0001|0\.\d{1,4})  \*", text.Out);
        Assert.Contains("Conversion by week of entry (UTC, weeks start on Monday)", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"2025-12-29 +80 +100 % +50 %", text.Out);
        Assert.DoesNotContain('\u2212', text.Out);
    }

    [Theory]
    [InlineData("--breakdown", "plan", "events.csv: the header has no 'plan' column to break down by (found: 'customerId', 'touchpointId', 'timestamp', 'segment'); name one of the header's columns, matched ignoring case.")]
    [InlineData("--cohorts", "year", "--cohorts: 'year' is not a period; give day, week or month.")]
    [InlineData("--attribution", "last", "--attribution: it applies to a breakdown only; add --breakdown COLUMN.")]
    [InlineData("--customers-out", "MISSING", "--customers-out: the folder '")]
    public void BadBreakdownCohortsOrCustomersOut_OneSentenceExit2_NothingWritten(string option, string value, string expected)
    {
        var events = Write("events.csv", "customerId,touchpointId,timestamp,segment\na,cart,2026-01-31T12:30:00Z,pro\n");
        var rows = Path.Combine(_folder.Path, "rows.csv");
        if (value == "MISSING")
        {
            value = Path.Combine(_folder.Path, "no-such-folder", "rows.csv");
        }

        var result = CliRunner.Run("analyze", events, "--map", Map(), option, value, "--format", "json");
        var limit = CliRunner.Run("analyze", events, "--map", Map(), "--breakdown", "segment", "--breakdown-limit", "0", "--customers-out", rows);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(expected.Replace("events.csv", events, StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.EndsWith(".", line, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "no-such-folder")));

        Assert.Equal(ExitCodes.Unreadable, limit.ExitCode);
        Assert.Equal("--breakdown-limit: '0' is not a number of groups; give a whole number of 1 or more, such as 50.", Assert.Single(limit.ErrorLines));
        Assert.False(File.Exists(rows));
    }

    [Fact]
    public void CohortsOverMoreThanMaxPeriods_ExitTwoInOneSentence_NothingWritten_AndTheLimitCanBeRaised()
    {
        // Three events in 0001, 2026 and 9999 made 3,652,058 daily cohorts (27 s, 3.4 GB) before the limit.
        var events = Write("span.csv", "customerId,touchpointId,timestamp\np,home,0001-01-01T00:00:00Z\nq,home,2026-01-05T00:00:00Z\nr,home,9999-12-30T00:00:00Z\n");
        var output = Path.Combine(_folder.Path, "report.json");

        var refused = CliRunner.Run("analyze", events, "--map", Map(), "--cohorts", "day", "--format", "json", "-o", output);
        Assert.Equal(ExitCodes.Unreadable, refused.ExitCode);
        Assert.Equal(
            $"{events}: the cohorts span 3,652,058 days, from the day of 0001-01-01 to that of 9999-12-30, more than the 10,000 periods a report may cover; choose a longer --cohorts period or raise --max-periods (at most 1,000,000).",
            Assert.Single(refused.ErrorLines, l => !l.StartsWith("analyze:", StringComparison.Ordinal)));
        Assert.False(File.Exists(output));

        var two = Write("two.csv", "customerId,touchpointId,timestamp\np,home,2026-01-05T00:00:00Z\nq,home,2026-02-04T00:00:00Z\n");
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("analyze", two, "--map", Map(), "--cohorts", "day", "--max-periods", "30").ExitCode);
        var raised = CliRunner.Run("analyze", two, "--map", Map(), "--cohorts", "day", "--max-periods", "31", "--format", "json");
        Assert.Equal(ExitCodes.Success, raised.ExitCode);
        Assert.Equal(31, System.Text.Json.Nodes.JsonNode.Parse(raised.Out)!["cohorts"]!["groups"]!.AsArray().Count);
    }

    [Fact]
    public void MaxPeriods_WithAConnection_IsRefused()
    {
        var result = CliRunner.Run("analyze", "--connection", "Data Source=:memory:", "--provider", "duckdb", "--map", Map(), "--max-periods", "5");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal("journeykit: --max-periods limits the cohorts computed from a CSV file; the database computes every period, so leave --max-periods out with --connection.", Assert.Single(result.ErrorLines));
    }

    private string Map() => Write("map.json", MapJson);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }
}
