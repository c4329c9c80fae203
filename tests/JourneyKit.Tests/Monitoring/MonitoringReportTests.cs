using System.Text.Json.Nodes;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Monitoring.MonitoringTestData;

namespace JourneyKit.Tests.Monitoring;

public class MonitoringReportTests
{
    private static readonly DateOnly Jan05 = new(2026, 1, 5);
    private static readonly DateOnly Jan12 = new(2026, 1, 12);
    private static readonly DateOnly Jan19 = new(2026, 1, 19);

    [Fact]
    public void HandExample_EveryFigure()
    {
        var report = SurveyMonitor.Report(Map(), HandExample());

        Assert.Equal("shop", report.MapId);
        Assert.Equal(MonitoringPeriod.Week, report.Period);
        Assert.Equal(8, report.Answers);
        Assert.Equal(1, report.UnknownTouchpointAnswers);
        Assert.Equal(0, report.MalformedLines);

        // Touchpoints (map order), stages, journey; nps before ces.
        Assert.Equal(
            ["touchpoint cart Nps", "touchpoint payment Ces", "stage buy Nps", "stage buy Ces", "journey  Nps", "journey  Ces"],
            report.Series.Select(s => $"{s.Scope.ToString().ToLowerInvariant()} {s.Id} {s.Metric}"));

        // cart NPS: 2 promoters, 1 detractor of 3 → 33.33; V = 1 − (1/3)² = 8/9; SE = 100·√(8/27) = 54.4331;
        // low = 33.333 − 1.959964·54.4331 = −73.3536, high capped at 100. The series runs to the report's last week.
        var cart = report.Series[0];
        Assert.Equal([Jan05, Jan12, Jan19], cart.Points.Select(p => p.Start));
        Assert.Equal(100.0 / 3, cart.Points[0].Value!.Value, 9);
        Assert.Equal(-73.35359, cart.Points[0].Low!.Value, 4);
        Assert.Equal(100, cart.Points[0].High!.Value, 9);
        Assert.Equal(3, cart.Points[0].N);
        Assert.Equal(new MonitoringPoint(Jan12, null, null, null, 0), cart.Points[1]);
        Assert.Equal(new MonitoringPoint(Jan19, null, null, null, 0), cart.Points[2]);
        Assert.Null(cart.Change);
        Assert.Equal(new MonitoringTrend(null, MonitoringTrendDirection.Flat), cart.Trend);

        // payment CES: mean 3 (sd √2, SE 1) then an empty week then mean 6 (SE 1).
        var payment = report.Series[1];
        Assert.Equal(3, payment.Points[0].Value!.Value, 12);
        Assert.Equal(3 - 1.959964, payment.Points[0].Low!.Value, 9);
        Assert.Equal(3 + 1.959964, payment.Points[0].High!.Value, 9);
        Assert.Equal(0, payment.Points[1].N);
        Assert.Equal(6, payment.Points[2].Value!.Value, 12);
        Assert.Equal(2, payment.Points[2].N);

        // Welch: difference 3, SE √2, t = 2.12132, df = 2 → p = 1 − t/√(t² + 2) = 0.167950.
        // Three series share that test (payment, buy, journey): Holm → 3·p = 0.503849 for all.
        var change = payment.Change!;
        Assert.Equal(Jan05, change.From);
        Assert.Equal(Jan19, change.To);
        Assert.Equal(3, change.Difference, 12);
        Assert.Equal(3 / Math.Sqrt(2), change.Statistic!.Value, 9);
        Assert.Equal(0.1679497, change.PValue!.Value, 6);
        Assert.Equal(3 * 0.1679497, change.AdjustedPValue!.Value, 5);
        Assert.False(change.Significant);
        Assert.Equal(MonitoringChangeDirection.Worse, change.Direction);

        // Trend over indexes 0 and 2: (6 − 3) / 2 = 1.5 per week; CES up is worsening.
        Assert.Equal(1.5, payment.Trend.SlopePerPeriod!.Value, 12);
        Assert.Equal(MonitoringTrendDirection.Worsening, payment.Trend.Direction);

        Assert.Equal(payment.Points, report.Series[3].Points);
        Assert.Equal(payment.Points, report.Series[5].Points);

        // Last week: only the ces series have answers (n = 2 < 30); no significant worsening after Holm.
        Assert.Equal(
            [
                new MonitoringAlert(MonitoringScope.Touchpoint, "payment", SurveyMetric.Ces, MonitoringAlertKind.SmallSample),
                new MonitoringAlert(MonitoringScope.Stage, "buy", SurveyMetric.Ces, MonitoringAlertKind.SmallSample),
                new MonitoringAlert(MonitoringScope.Journey, null, SurveyMetric.Ces, MonitoringAlertKind.SmallSample),
            ],
            report.Alerts);

        // ces on payment in the last week is 6 > 5: fires; cart has no nps answer that week: does not.
        var fired = Assert.Single(report.FiredPlays);
        Assert.Equal(("effort", "fix-payment", 6.0), (fired.PlaybookId, fired.PlayId, fired.Value));
    }

    [Fact]
    public void Json_HasTheDesignsShape()
    {
        var report = SurveyMonitor.Report(Map(), HandExample());
        var json = JsonNode.Parse(MonitoringReportJson.Write(report))!.AsObject();

        Assert.Equal(
            ["mapId", "period", "answers", "malformedLines", "unknownTouchpointAnswers", "series", "alerts", "firedPlays"],
            json.Select(p => p.Key));
        Assert.Equal("week", (string?)json["period"]);
        var series = json["series"]![1]!.AsObject();
        Assert.Equal(["scope", "id", "metric", "points", "change", "trend"], series.Select(p => p.Key));
        Assert.Equal("touchpoint", (string?)series["scope"]);
        Assert.Equal("ces", (string?)series["metric"]);
        Assert.Equal(["start", "value", "low", "high", "n"], series["points"]![1]!.AsObject().Select(p => p.Key));
        Assert.Equal("2026-01-12", (string?)series["points"]![1]!["start"]);
        Assert.Null(series["points"]![1]!["value"]);
        Assert.Equal(
            ["from", "to", "difference", "statistic", "pValue", "adjustedPValue", "significant", "direction"],
            series["change"]!.AsObject().Select(p => p.Key));
        Assert.Equal("worse", (string?)series["change"]!["direction"]);
        Assert.Equal("worsening", (string?)series["trend"]!["direction"]);
        Assert.Equal("smallSample", (string?)json["alerts"]![0]!["kind"]);
        Assert.Null(json["series"]![4]!["id"]);

        Assert.Equal(report, MonitoringReportJson.Read(MonitoringReportJson.Write(report)));
    }

    [Fact]
    public void IsoWeeks_AcrossAYearBoundary_DaysAndMonths()
    {
        // 2026-01-01 is a Thursday: its ISO week starts Monday 2025-12-29 (week 1 of 2026).
        SurveyAnswer[] answers =
        [
            Answer("2025-12-31T23:30:00-01:00", "cart", SurveyMetric.Csat, 5), // 2026-01-01T00:30Z
            Answer("2025-12-29T00:00:00Z", "cart", SurveyMetric.Csat, 1),
            Answer("2026-01-04T23:59:59Z", "cart", SurveyMetric.Csat, 4),
            Answer("2026-01-05T00:00:00Z", "cart", SurveyMetric.Csat, 2),
        ];

        Assert.Equal(
            [(new DateOnly(2025, 12, 29), 3L), (new DateOnly(2026, 1, 5), 1L)],
            Points(answers, MonitoringPeriod.Week));
        Assert.Equal(
            [(new DateOnly(2025, 12, 1), 1L), (new DateOnly(2026, 1, 1), 3L)],
            Points(answers, MonitoringPeriod.Month));
        var days = Points(answers, MonitoringPeriod.Day);
        Assert.Equal(8, days.Count); // 2025-12-29 .. 2026-01-05, empty days included
        Assert.Equal((new DateOnly(2026, 1, 1), 1L), days[3]);
        Assert.Equal((new DateOnly(2026, 1, 2), 0L), days[4]);

        // Month CSAT: December 0 of 1 satisfied (0 %), January 2 of 3 (66.67 %): +66.67 points, better.
        var month = SurveyMonitor.Report(Map(), answers, new MonitoringOptions { Period = MonitoringPeriod.Month }).Series[0];
        Assert.Equal(0, month.Points[0].Value!.Value, 12);
        Assert.Equal(200.0 / 3, month.Points[1].Value!.Value, 9);
        Assert.Equal(MonitoringChangeDirection.Better, month.Change!.Direction);
        Assert.Equal(200.0 / 3, month.Change.Difference, 9);
    }

    [Fact]
    public void SinceUntil_AreHalfOpen()
    {
        SurveyAnswer[] answers =
        [
            Answer("2026-01-04T23:59:59Z", "cart", SurveyMetric.Nps, 9),
            Answer("2026-01-05T00:00:00Z", "cart", SurveyMetric.Nps, 9),
            Answer("2026-01-11T23:59:59Z", "cart", SurveyMetric.Nps, 9),
            Answer("2026-01-12T00:00:00Z", "cart", SurveyMetric.Nps, 9),
            Answer("2026-01-12T00:00:00Z", "nowhere", SurveyMetric.Nps, 9),
        ];
        var options = new MonitoringOptions { Since = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), Until = new DateTimeOffset(2026, 1, 12, 0, 0, 0, TimeSpan.Zero) };

        var report = SurveyMonitor.Report(Map(), answers, options);

        Assert.Equal(2, report.Answers);
        Assert.Equal(0, report.UnknownTouchpointAnswers);
        var point = Assert.Single(report.Series[0].Points);
        Assert.Equal((new DateOnly(2026, 1, 5), 2L), (point.Start, point.N));
    }

    [Fact]
    public void SmallSampleRule_IsBelowThirty()
    {
        var answers = Enumerable.Range(0, 30).Select(i => Answer("2026-01-05T00:00:00Z", "support", SurveyMetric.Nps, 8)).ToList();

        Assert.DoesNotContain(SurveyMonitor.Report(Map(), answers).Alerts, a => a.Kind == MonitoringAlertKind.SmallSample);
        Assert.Equal(3, SurveyMonitor.Report(Map(), answers.Skip(1)).Alerts.Count(a => a.Kind == MonitoringAlertKind.SmallSample));
    }

    [Fact]
    public void SignificantWorsening_IsAlerted()
    {
        // support NPS: 40 promoters, then 40 detractors → −200 points, z far beyond 1.96.
        var answers = Enumerable.Range(0, 40).Select(_ => Answer("2026-01-05T10:00:00Z", "support", SurveyMetric.Nps, 10))
            .Concat(Enumerable.Range(0, 40).Select(_ => Answer("2026-01-12T10:00:00Z", "support", SurveyMetric.Nps, 0)));

        var report = SurveyMonitor.Report(Map(), answers);

        // both sides have standard error 0: no test, so no alert — the design's rule.
        Assert.Null(report.Series[0].Change!.PValue);
        Assert.Empty(report.Alerts);

        var mixed = Enumerable.Range(0, 40).Select(i => Answer("2026-01-05T10:00:00Z", "support", SurveyMetric.Nps, i < 30 ? 10 : 0))
            .Concat(Enumerable.Range(0, 40).Select(i => Answer("2026-01-12T10:00:00Z", "support", SurveyMetric.Nps, i < 10 ? 10 : 0)));
        var worse = SurveyMonitor.Report(Map(), mixed);
        Assert.True(worse.Series[0].Change!.Significant);
        Assert.Equal(
            [
                new MonitoringAlert(MonitoringScope.Touchpoint, "support", SurveyMetric.Nps, MonitoringAlertKind.SignificantWorsening),
                new MonitoringAlert(MonitoringScope.Stage, "after", SurveyMetric.Nps, MonitoringAlertKind.SignificantWorsening),
                new MonitoringAlert(MonitoringScope.Journey, null, SurveyMetric.Nps, MonitoringAlertKind.SignificantWorsening),
            ],
            worse.Alerts);
    }

    [Fact]
    public void Add_RefusesARatingOutOfRange()
    {
        var accumulator = new MonitoringAccumulator(Map());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(Answer("2026-01-05T00:00:00Z", "cart", SurveyMetric.Csat, 6)));
        Assert.Contains("csat rating should be an integer in 1..5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAnswers_NoSeries()
    {
        var report = SurveyMonitor.Report(Map(), []);
        Assert.Empty(report.Series);
        Assert.Empty(report.FiredPlays);
    }

    private static List<(DateOnly, long)> Points(SurveyAnswer[] answers, MonitoringPeriod period) =>
        SurveyMonitor.Report(Map(), answers, new MonitoringOptions { Period = period }).Series[0].Points.Select(p => (p.Start, p.N)).ToList();
}
