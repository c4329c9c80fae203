using System.Text;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>
/// <see cref="AnalyticsOptions.MaxCohortPeriods"/>: cohorts list every period from the first entry's to the last's, so three
/// events in 0001, 2026 and 9999 made 3,652,058 daily groups (27 s, 3.4 GB, a 606 MB report). A span over the limit is
/// refused with <see cref="PeriodLimitException"/>, as the monitoring series are (found there by the coverage-guided campaign).
/// </summary>
public class CohortLimitTests
{
    private static JourneyEvent At(string customer, string touchpoint, string time) =>
        new(customer, touchpoint, DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void CohortsOverMoreThanTheLimit_AreRefusedWithTheSpan()
    {
        JourneyEvent[] events = [At("p", "a1", "0001-01-01T00:00:00Z"), At("q", "a1", "2026-01-05T00:00:00Z"), At("r", "a1", "9999-12-30T00:00:00Z")];

        var e = Assert.Throws<PeriodLimitException>(() => new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = CohortPeriod.Day }));

        // 9999-12-30 is day 3,652,057 counted from 0001-01-01 (day 0): 3,652,058 days, both included.
        Assert.Equal(3_652_058, e.Periods);
        Assert.Equal(10_000, e.MaxPeriods);
        Assert.Equal((new DateOnly(1, 1, 1), new DateOnly(9999, 12, 30), "day"), (e.First, e.Last, e.Unit));
        Assert.Equal(
            "The cohorts span 3,652,058 days, from the day of 0001-01-01 to that of 9999-12-30, more than the 10,000 periods a report may cover; choose a longer CohortPeriod or raise AnalyticsOptions.MaxCohortPeriods.",
            e.Message);
    }

    [Theory]
    [InlineData(CohortPeriod.Day, 46)]   // 2026-01-31 … 2026-03-17
    [InlineData(CohortPeriod.Week, 8)]   // Mondays 2026-01-26 … 2026-03-16
    [InlineData(CohortPeriod.Month, 3)]  // January, February, March
    public void ExactlyTheLimit_IsReported_OneLessRefuses(CohortPeriod period, int periods)
    {
        var jan31 = new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero);
        JourneyEvent[] events = [new("p", "a1", jan31), new("r", "a1", jan31.AddDays(45))];

        var report = new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = period, MaxCohortPeriods = periods });
        Assert.Equal(periods, report.Cohorts!.Groups.Count);

        var e = Assert.Throws<PeriodLimitException>(() => new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = period, MaxCohortPeriods = periods - 1 }));
        Assert.Equal(periods, e.Periods);
    }

    [Fact]
    public void TheLimitIsOnTheReport_PartsWithDifferentLimitsMerge_AndTheCsvPathRefusesToo()
    {
        var csv = "customerId,touchpointId,timestamp\np,a1,2026-01-05T00:00:00Z\nq,a1,2027-01-05T00:00:00Z\n";
        var options = new AnalyticsOptions { CohortPeriod = CohortPeriod.Day, MaxCohortPeriods = 100 };

        Assert.Throws<PeriodLimitException>(() => new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(csv)), options));

        JourneyAnalyticsAccumulator Part(AnalyticsOptions o, string customer, string time)
        {
            var part = new JourneyAnalyticsAccumulator(Map, o);
            part.Add(At(customer, "a1", time));
            return part;
        }

        var strict = Part(options, "p", "2026-01-05T00:00:00Z");
        strict.Merge(Part(new AnalyticsOptions { CohortPeriod = CohortPeriod.Day }, "q", "2027-01-05T00:00:00Z"));
        Assert.Equal(366, Assert.Throws<PeriodLimitException>(strict.ToReport).Periods);

        var lenient = Part(new AnalyticsOptions { CohortPeriod = CohortPeriod.Day }, "q", "2027-01-05T00:00:00Z");
        lenient.Merge(Part(options, "p", "2026-01-05T00:00:00Z"));
        Assert.Equal(366, lenient.ToReport().Cohorts!.Groups.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_001)]
    public void ALimitOutsideItsRange_IsRefused(int limit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new JourneyAnalyzer().Analyze(Map, [], new AnalyticsOptions { MaxCohortPeriods = limit }));

        Assert.StartsWith($"AnalyticsOptions.MaxCohortPeriods is {limit}; it must be from 1 to 1000000.", e.Message, StringComparison.Ordinal);
    }
}
