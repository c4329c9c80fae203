using JourneyKit.Analytics;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering.Reports;

/// <summary>
/// The analytics page: its charts hold exactly as many bars, boxes and points as the report has figures, absent sections
/// are left out, and a map and breakdown whose every string is a payload come out escaped and whole.
/// </summary>
public sealed class AnalyticsReportHtmlTests
{
    private static readonly JourneyMap Map = SampleMaps.Retail();
    private static readonly string?[] Groups = ["web", "app", "store", null, "merged"];

    [Fact]
    public void Write_FullReport_DrawsEveryFigureOnce()
    {
        var report = SampleReports.Analytics(Map, Groups, cohortWeeks: 8);

        var document = ReportHtmlAssert.Page(AnalyticsReportHtml.Write(Map, report));

        Assert.Equal(["funnel", "time-to-convert", "breakdown", "cohorts", "paths"], ReportHtmlAssert.Sections(document));
        // Funnel: a bar per funnel stage, widths in the proportion of the counts (440 px = all 1,000 customers).
        var bars = document.QuerySelectorAll("svg.funnel rect.bar");
        Assert.Equal(5, bars.Length);
        Assert.Equal(["404.8", "281.6", "180.4", "132", "96.8"], bars.Select(b => b.GetAttribute("width")));
        Assert.Equal(["\u2013", "\u2193 69.6\u00A0%", "\u2193 64.1\u00A0%", "\u2193 73.2\u00A0%", "\u2193 73.3\u00A0%"],
            document.QuerySelectorAll("svg.funnel g.stage").Select(g => g.QuerySelectorAll("text").Last().TextContent));
        Assert.Contains("within 7 d of entering the first", document.QuerySelector("#funnel p.lead")!.TextContent, StringComparison.Ordinal);
        // Time to convert: four steps and the whole funnel, each one box, one median, one whisker, one p90 and one p95 tick.
        var steps = document.QuerySelectorAll("svg.times g.step");
        Assert.Equal(5, steps.Length);
        Assert.All(steps, s =>
        {
            foreach (var part in new[] { "rect.iqr", "line.p50", "line.whisker", "line.p90", "line.p95" })
            {
                Assert.Single(s.QuerySelectorAll(part));
            }
        });
        Assert.Single(document.QuerySelectorAll("svg.times g.step.whole"));
        // Breakdown: 5 groups × 5 funnel stages, every value present; the two significant differences marked.
        Assert.Equal(25, document.QuerySelectorAll("svg.breakdown rect.bar").Length);
        Assert.Equal(ExpectedBreakdownBars(report), document.QuerySelectorAll("svg.breakdown rect.bar").Length);
        var marked = document.QuerySelectorAll("svg.breakdown g.significant");
        Assert.Equal([("0", "1"), ("1", "2")], marked.Select(g => (g.GetAttribute("data-group"), g.GetAttribute("data-stage"))));
        Assert.Equal(2, document.QuerySelectorAll("svg.breakdown text.mark").Length);
        Assert.Equal(["web (400)", "app (200)", "store (133)", "(empty) (100)", "all other values (80)"],
            document.QuerySelectorAll("#breakdown ul.legend li").Select(l => l.TextContent));
        // Cohorts: a line per funnel stage after the first, a point per stage and non-empty week (8 weeks, one empty).
        Assert.Equal(4, document.QuerySelectorAll("svg.cohorts path.line").Length);
        Assert.Equal(4 * 7, document.QuerySelectorAll("svg.cohorts circle.point").Length);
        // The empty third week breaks every line into two runs.
        Assert.All(document.QuerySelectorAll("svg.cohorts path.line"), p => Assert.Equal(2, p.GetAttribute("d")!.Count(c => c == 'M')));
        Assert.Equal(2, document.QuerySelectorAll("#paths tbody tr").Length);
    }

    [Fact]
    public void Write_VersionOneReport_LeavesOutWhatItDoesNotHave()
    {
        var report = SampleReports.Analytics(Map) with { Window = null, Paths = [] };

        var document = ReportHtmlAssert.Page(AnalyticsReportHtml.Write(Map, report));

        Assert.Equal(["funnel", "time-to-convert"], ReportHtmlAssert.Sections(document));
        Assert.Empty(document.QuerySelectorAll("svg.breakdown, svg.cohorts"));
        Assert.Contains("(no conversion window)", document.QuerySelector("#funnel p.lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChosenStages_DrawsTheFunnelStagesOnly()
    {
        var full = SampleReports.Analytics(Map);
        var chosen = full with
        {
            FunnelStageIds = ["awareness", "purchase"],
            Stages = full.Stages.Select(s => s.StageId is "awareness" or "purchase" ? s : s with { Funnel = null, ConversionFromPrevious = null, MedianSecondsFromPrevious = null, SecondsFromPrevious = null }).ToList(),
        };

        var document = ReportHtmlAssert.Page(AnalyticsReportHtml.Write(Map, chosen));

        Assert.Equal(["Awareness", "Purchase"], document.QuerySelectorAll("svg.funnel g.stage").Select(g => g.QuerySelectorAll("text")[0].TextContent));
        // One step (awareness → purchase) and the whole funnel.
        Assert.Equal(2, document.QuerySelectorAll("svg.times g.step").Length);
    }

    [Fact]
    public void Write_OneStageFunnelWithoutCustomers_DrawsTheFunnelAlone()
    {
        var report = SampleReports.Analytics(Map, Groups, cohortWeeks: 3) with { FunnelStageIds = ["awareness"] };
        report = report with
        {
            Stages = report.Stages.Select(s => s.StageId == "awareness" ? s with { Funnel = 0 } : s with { Funnel = null, SecondsFromPrevious = null }).ToList(),
            SecondsToConvert = null,
            Customers = 0,
        };

        var document = ReportHtmlAssert.Page(AnalyticsReportHtml.Write(Map, report));

        // Conversion over time needs a second funnel stage; a breakdown of one stage is still drawn.
        Assert.Equal(["funnel", "breakdown", "paths"], ReportHtmlAssert.Sections(document));
        Assert.Equal("0", Assert.Single(document.QuerySelectorAll("svg.funnel rect.bar")).GetAttribute("width"));
    }

    [Fact]
    public void Write_HostileMapAndValues_EscapesAndKeepsEveryString()
    {
        var map = SampleMaps.Hostile();
        var report = SampleReports.Analytics(map, [.. SampleMaps.Payloads.Take(4), "x"], cohortWeeks: 4, column: SampleMaps.Payloads[8]);
        report = report with { FiredPlays = [new JourneyKit.Playbooks.FiredPlay { PlaybookId = map.Playbooks[0].Id, PlayId = map.Playbooks[0].Plays[0].Id, Priority = 1, Value = 0.2 }] };

        var html = AnalyticsReportHtml.Write(map, report);
        var document = ReportHtmlAssert.Page(html);

        Assert.Equal(["funnel", "time-to-convert", "breakdown", "cohorts", "paths", "plays"], ReportHtmlAssert.Sections(document));
        var titles = document.QuerySelectorAll("title").Select(t => t.TextContent).ToList();
        foreach (var stage in map.Stages)
        {
            Assert.Contains(titles, t => t.Contains(ReportHtmlAssert.Sanitized(stage.Name), StringComparison.Ordinal) && t.Contains(ReportHtmlAssert.Sanitized(stage.Id), StringComparison.Ordinal));
        }

        var legend = document.QuerySelectorAll("#breakdown ul.legend li").Select(l => l.TextContent).ToList();
        Assert.Equal(SampleMaps.Payloads.Take(4).Select(p => ReportHtmlAssert.Sanitized(p) + " (" + (400 / (Array.IndexOf(SampleMaps.Payloads, p) + 1)) + ")"), legend.Take(4));
        Assert.Equal("Breakdown by " + ReportHtmlAssert.Sanitized(SampleMaps.Payloads[8]), document.QuerySelector("#breakdown h2")!.TextContent);
        Assert.Contains(ReportHtmlAssert.Sanitized(map.Playbooks[0].Plays[0].Action), document.QuerySelector("#plays")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReportHtmlAssert.Sanitized(map.Name), document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Write_ReportOfAnotherMap_Throws()
    {
        var report = SampleReports.Analytics(Map) with { MapId = "other" };

        var e = Assert.Throws<ArgumentException>("report", () => AnalyticsReportHtml.Write(Map, report));
        Assert.StartsWith("The report is of map 'other', not of map 'online-retail'.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("map", () => AnalyticsReportHtml.Write(null!, report));
        Assert.Throws<ArgumentNullException>("report", () => AnalyticsReportHtml.Write(Map, null!));
    }

    [Fact]
    public void Write_EventsAnalyzed_DrawsTheEngineFigures()
    {
        // A real run: two customers, one converting through all five stages an hour apart, one stopping after two.
        var t0 = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        string[] touchpoints = [.. Map.Stages.Select(s => s.Touchpoints[0].Id)];
        var events = touchpoints.Select((tp, k) => new JourneyEvent("a", tp, t0.AddHours(k)))
            .Concat(touchpoints.Take(2).Select((tp, k) => new JourneyEvent("b", tp, t0.AddMinutes(k))));
        var report = new JourneyAnalyzer().Analyze(Map, events);

        var document = ReportHtmlAssert.Page(AnalyticsReportHtml.Write(Map, report));

        Assert.Equal(["440", "440", "220", "220", "220"], document.QuerySelectorAll("svg.funnel rect.bar").Select(b => b.GetAttribute("width")));
        Assert.Equal(5, document.QuerySelectorAll("svg.times g.step").Length);
        // awareness → consideration: 1 min and 1 h; p50 = 30.5 min.
        Assert.Contains("p50 30.5 min", document.QuerySelectorAll("svg.times g.step")[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("p50 4 h", document.QuerySelector("svg.times g.step.whole title")!.TextContent, StringComparison.Ordinal);
    }

    private static int ExpectedBreakdownBars(JourneyAnalyticsReport report) =>
        report.Breakdown!.Groups.Sum(g => g.Stages.Select((s, k) => k == 0 ? s.Funnel is not null && g.Customers > 0 : s.ConversionFromPrevious is not null).Count(b => b));
}
