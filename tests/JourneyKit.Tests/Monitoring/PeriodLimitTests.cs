using System.Text;
using JourneyKit.Csv;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Monitoring.MonitoringTestData;

namespace JourneyKit.Tests.Monitoring;

/// <summary>
/// <see cref="MonitoringOptions.MaxPeriods"/>. Found by the coverage-guided campaign (docs/reliability.md): a 1 KB answers
/// file whose first answer's year was mutated to 9026 took 17 s, as every series then ran weekly from 2026 to 9026
/// (365,243 points a series). A span of more periods than the limit is refused in one sentence.
/// </summary>
public class PeriodLimitTests
{
    [Fact]
    public void ASpanOfMorePeriodsThanTheLimit_IsRefusedWithASentence()
    {
        SurveyAnswer[] answers = [Answer("2026-01-05T09:00:00Z", "cart", SurveyMetric.Nps, 10), Answer("9026-01-05T09:00:00Z", "cart", SurveyMetric.Nps, 9)];

        var e = Assert.Throws<PeriodLimitException>(() => SurveyMonitor.Report(Map(), answers));

        // From Monday 2026-01-05 to the week of 9026-01-05, a Thursday, which starts on Monday 9026-01-02:
        // 2,556,697 days apart, 365,242 weeks and one.
        Assert.Equal(
            "The answers span 365,243 weeks, from the week of 2026-01-05 to that of 9026-01-02, more than the 10,000 periods a report may cover; bound the range with MonitoringOptions.Since and Until, choose a longer Period, or raise MaxPeriods.",
            e.Message);
    }

    [Theory]
    [InlineData(MonitoringPeriod.Day, "2026-01-01T00:00:00Z", "2026-01-10T23:59:59Z", 10)]
    [InlineData(MonitoringPeriod.Week, "2026-01-05T00:00:00Z", "2026-03-01T23:59:59Z", 8)] // Mondays 01-05 … 02-23
    [InlineData(MonitoringPeriod.Month, "2025-11-30T00:00:00Z", "2026-02-01T00:00:00Z", 4)] // Nov, Dec, Jan, Feb
    public void ExactlyTheLimit_IsReported_OneMoreIsRefused(MonitoringPeriod period, string first, string last, int periods)
    {
        SurveyAnswer[] answers = [Answer(first, "cart", SurveyMetric.Nps, 10), Answer(last, "payment", SurveyMetric.Ces, 3)];

        var report = SurveyMonitor.Report(Map(), answers, new MonitoringOptions { Period = period, MaxPeriods = periods });
        Assert.Equal(periods, report.Series.Single(s => s.Scope == MonitoringScope.Journey && s.Metric == SurveyMetric.Nps).Points.Count);

        var e = Assert.Throws<PeriodLimitException>(() => SurveyMonitor.Report(Map(), answers, new MonitoringOptions { Period = period, MaxPeriods = periods - 1 }));
        Assert.StartsWith($"The answers span {periods} ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SinceAndUntil_BringTheSpanWithinTheLimit()
    {
        SurveyAnswer[] answers = [Answer("2026-01-05T09:00:00Z", "cart", SurveyMetric.Nps, 10), Answer("9026-01-05T09:00:00Z", "cart", SurveyMetric.Nps, 9)];

        var report = SurveyMonitor.Report(Map(), answers, new MonitoringOptions { Until = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(1, report.Answers);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(MonitoringOptions.LargestMaxPeriods + 1)]
    public void ALimitOutsideItsRange_IsRefused(int maxPeriods)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringAccumulator(Map(), new MonitoringOptions { MaxPeriods = maxPeriods }));

        Assert.StartsWith("MonitoringOptions.MaxPeriods should be from 1 to 1,000,000.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_TheCampaignsSlowAnswersFile_IsRefusedAtOnce()
    {
        // The shipped answers' first 25 lines with the first answer's year mutated to 9026 (AFL++ havoc), trimmed.
        var csv = "timestamp,touchpointId,metric,rating,channel\n9026-01-05T17:27:00Z,cart,nps,7,web\n2026-01-09T19:17:00-05:00,cart,nps,7,web\n2026-01-22T11:21:00Z,payment,ces,8,\n";

        var accumulator = SurveyMonitor.ReadCsv(Map(), new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(2, accumulator.Answers);
        Assert.Equal(1, accumulator.MalformedLines); // a CES rating of 8
        Assert.Throws<PeriodLimitException>(accumulator.ToReport);
    }
}
