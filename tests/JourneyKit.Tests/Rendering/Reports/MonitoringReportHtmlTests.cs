using System.Text;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering.Reports;

/// <summary>
/// The monitoring page: alerts on top, one small multiple per series with as many points, interval bands and change
/// rings as the report has, and every string of a hostile map escaped.
/// </summary>
public sealed class MonitoringReportHtmlTests
{
    private static readonly JourneyMap Shop = new()
    {
        Id = "shop",
        Name = "Shop",
        Stages = [new Stage { Id = "buy", Name = "Buy", Touchpoints = [new Touchpoint { Id = "cart", Name = "Cart" }, new Touchpoint { Id = "payment", Name = "Payment" }] }],
    };

    private static readonly DateTimeOffset Week1 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Payment CES: 20 × 2 and 20 × 3 in the week of 2026-01-05, nothing the next week, 20 × 5 and 20 × 6 in the week of
    /// 2026-01-19 (mean 2.5 → 5.5, a significant worsening); cart NPS: ten 9s in the first week only.
    /// </summary>
    private static IEnumerable<SurveyAnswer> Answers()
    {
        for (var i = 0; i < 20; i++)
        {
            yield return new SurveyAnswer(Week1.AddMinutes(i), "payment", SurveyMetric.Ces, 2);
            yield return new SurveyAnswer(Week1.AddMinutes(i + 30), "payment", SurveyMetric.Ces, 3);
            yield return new SurveyAnswer(Week1.AddDays(14).AddMinutes(i), "payment", SurveyMetric.Ces, 5);
            yield return new SurveyAnswer(Week1.AddDays(15).AddMinutes(i), "payment", SurveyMetric.Ces, 6);
        }

        for (var i = 0; i < 10; i++)
        {
            yield return new SurveyAnswer(Week1.AddHours(i), "cart", SurveyMetric.Nps, 9);
        }
    }

    [Fact]
    public void Write_DrawsEverySeriesPointAndChange_AlertsFirst()
    {
        var report = SurveyMonitor.Report(Shop, Answers());

        var document = ReportHtmlAssert.Page(MonitoringReportHtml.Write(Shop, report));

        Assert.Equal(["alerts", "touchpoints", "stages", "journey"], ReportHtmlAssert.Sections(document));
        // cart nps, payment ces; buy nps, buy ces; journey nps, journey ces.
        Assert.Equal(6, report.Series.Count);
        var figures = document.QuerySelectorAll("figure.series");
        Assert.Equal(
            ["Cart \u00B7 NPS", "Payment \u00B7 CES", "Buy \u00B7 NPS", "Buy \u00B7 CES", "Whole journey \u00B7 NPS", "Whole journey \u00B7 CES"],
            figures.Select(f => f.QuerySelector("figcaption")!.FirstChild!.TextContent));
        Assert.Equal("5.5 (n = 40, 2026-01-19) \u00B7 +3 worse, significant", figures[1].QuerySelector("figcaption .sub")!.TextContent);
        // Points: one per week with answers (cart 1 of 3 weeks, payment 2 of 3); every one isolated, so an interval bar each.
        Assert.Equal([1, 2, 1, 2, 1, 2], figures.Select(f => f.QuerySelectorAll("circle.point").Length));
        Assert.Equal([1, 2, 1, 2, 1, 2], figures.Select(f => f.QuerySelectorAll("line.band").Length));
        Assert.Equal([2, 1, 2, 1, 2, 1], figures.Select(f => f.QuerySelectorAll("line.empty").Length));
        Assert.Equal([0, 1, 0, 1, 0, 1], figures.Select(f => f.QuerySelectorAll("path.line").Length));
        // The three CES changes are significant after Holm and worse: two red rings each, and the figure is outlined.
        Assert.Equal([0, 2, 0, 2, 0, 2], figures.Select(f => f.QuerySelectorAll("circle.change").Length));
        Assert.Equal(3, document.QuerySelectorAll("figure.series.alerted").Length);
        var alerts = document.QuerySelectorAll("#alerts li");
        Assert.Equal(report.Alerts.Count, alerts.Length);
        Assert.Equal(3, alerts.Length);
        Assert.Equal("significant worsening Payment \u00B7 CES (touchpoint payment) 2.5 \u2192 5.5 (2026-01-05 to 2026-01-19, adjusted p < 0.0001)", alerts[0].TextContent);
    }

    [Fact]
    public void Write_ConsecutivePeriods_DrawABand_AndNoAlertCollapsesToALine()
    {
        var answers = Enumerable.Range(0, 3).SelectMany(w => Enumerable.Range(0, 40).Select(i => new SurveyAnswer(Week1.AddDays(7 * w).AddMinutes(i), "cart", SurveyMetric.Csat, 1 + ((i + w) % 5))));
        var report = SurveyMonitor.Report(Shop, answers);

        var document = ReportHtmlAssert.Page(MonitoringReportHtml.Write(Shop, report));

        Assert.Equal(["alerts", "touchpoints", "stages", "journey"], ReportHtmlAssert.Sections(document));
        Assert.Empty(document.QuerySelectorAll("#alerts li"));
        Assert.StartsWith("No alerts", document.QuerySelector("#alerts h2")!.TextContent, StringComparison.Ordinal);
        var figure = document.QuerySelectorAll("figure.series")[0];
        Assert.Equal(3, figure.QuerySelectorAll("circle.point").Length);
        Assert.Single(figure.QuerySelectorAll("path.band"));
        Assert.Empty(figure.QuerySelectorAll("line.band, circle.change, line.empty"));
        Assert.Equal(3, figure.QuerySelector("path.line")!.GetAttribute("d")!.Split('L').Length);
    }

    [Fact]
    public void Write_HostileMap_EscapesAndKeepsEveryName()
    {
        var map = SampleMaps.Hostile();
        var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).ToList();
        var answers = touchpoints.SelectMany((t, i) => Enumerable.Range(0, 12).Select(k => new SurveyAnswer(Week1.AddDays(k), t.Id, (SurveyMetric)(i % 3), 1 + (k % 5))));
        var report = SurveyMonitor.Report(map, answers);

        var document = ReportHtmlAssert.Page(MonitoringReportHtml.Write(map, report));

        var captions = document.QuerySelectorAll("figure.series figcaption").Select(f => f.FirstChild!.TextContent).ToList();
        Assert.Equal(report.Series.Count, captions.Count);
        foreach (var touchpoint in touchpoints)
        {
            Assert.Contains(captions, c => c.StartsWith(ReportHtmlAssert.Sanitized(touchpoint.Name), StringComparison.Ordinal));
        }

        foreach (var stage in map.Stages)
        {
            Assert.Contains(captions, c => c.StartsWith(ReportHtmlAssert.Sanitized(stage.Name), StringComparison.Ordinal));
        }

        // Small samples everywhere: each alert names its series' id, escaped.
        Assert.NotEmpty(report.Alerts);
        var alertText = document.QuerySelector("#alerts")!.TextContent;
        Assert.All(report.Alerts.Where(a => a.Id is not null), a => Assert.Contains(ReportHtmlAssert.Sanitized(a.Id), alertText, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ReportOfAnotherMap_Throws()
    {
        var report = SurveyMonitor.Report(Shop, Answers()) with { MapId = "other" };

        Assert.Throws<ArgumentException>("report", () => MonitoringReportHtml.Write(Shop, report));
        Assert.Throws<ArgumentNullException>("map", () => MonitoringReportHtml.Write(null!, report));
    }
}
