using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// Analytics reports built by hand (public records only) for the rendering tests: every section filled, so the
/// breakdown and cohort charts can be drawn and counted before <c>analyze</c> computes those sections.
/// </summary>
internal static class SampleReports
{
    /// <summary>
    /// A report of 1,000 customers over every stage of <paramref name="map"/> in map order: funnel counts falling by a
    /// fixed list of shares, percentiles growing from minutes to days, a 7-day window, top paths; with
    /// <paramref name="groups"/> (values, <see langword="null"/> for the empty group) a breakdown in which group 0 is
    /// significantly better at the second stage and group 1 significantly worse at the third, the last group the merged
    /// other group; with <paramref name="cohortWeeks"/> weekly cohorts from 2026-01-05, the third week empty.
    /// </summary>
    public static JourneyAnalyticsReport Analytics(JourneyMap map, IReadOnlyList<string?>? groups = null, int cohortWeeks = 0, string column = "channel")
    {
        double[] shares = [0.92, 0.64, 0.41, 0.3, 0.22, 0.18, 0.15, 0.12, 0.1, 0.08, 0.06, 0.05];
        const long customers = 1000;
        var stageIds = map.Stages.Select(s => s.Id).ToList();
        var funnel = stageIds.Select((_, k) => (long)Math.Round(customers * shares[k % shares.Length])).ToList();
        var stages = stageIds.Select((id, k) => new StageAnalytics
        {
            StageId = id,
            Reach = funnel[k] + 20,
            Funnel = funnel[k],
            ConversionFromPrevious = k == 0 ? null : (double)funnel[k] / funnel[k - 1],
            MedianSecondsFromPrevious = k == 0 ? null : 600 * Math.Pow(6, k),
            SecondsFromPrevious = k == 0 ? null : Times(600 * Math.Pow(6, k)),
        }).ToList();
        return new JourneyAnalyticsReport
        {
            MapId = map.Id,
            Events = 5432,
            Customers = customers,
            UnknownTouchpointEvents = 11,
            MalformedLines = 2,
            CustomerInitiatedShare = 0.556,
            Window = new ConversionWindow { Seconds = 7 * 86400 },
            FunnelStageIds = stageIds,
            Stages = stages,
            SecondsToConvert = stageIds.Count > 1 ? new TimeToConvert { P25 = 3000, P50 = 20000, P75 = 90000, P90 = 250000, P95 = 400000, N = funnel[^1] } : null,
            Paths = [new PathAnalytics { StageIds = stageIds.Take(2).ToList(), Customers = 310 }, new PathAnalytics { StageIds = stageIds.Take(1).ToList(), Customers = 280 }],
            Breakdown = groups is null ? null : Breakdown(column, stageIds, funnel, groups),
            Cohorts = cohortWeeks == 0 ? null : Cohorts(cohortWeeks, funnel.Count),
            FiredPlays = [],
        };
    }

    private static TimePercentiles Times(double median) =>
        new() { P25 = median / 4, P50 = median, P75 = median * 3, P90 = median * 8, P95 = median * 14 };

    private static BreakdownAnalytics Breakdown(string column, IReadOnlyList<string> stageIds, IReadOnlyList<long> funnel, IReadOnlyList<string?> values)
    {
        var groups = new List<BreakdownGroup>();
        for (var g = 0; g < values.Count; g++)
        {
            var other = g == values.Count - 1 && values.Count > 2;
            var size = 400 / (g + 1);
            var stages = new List<BreakdownStageAnalytics>();
            long previous = 0;
            for (var k = 0; k < stageIds.Count; k++)
            {
                var shift = (g == 0 && k == 1) ? 0.2 : (g == 1 && k == 2) ? -0.25 : 0.03 * (g - 1);
                var rate = k == 0 ? 0.92 : Math.Clamp(((double)funnel[k] / funnel[k - 1]) + shift, 0, 1);
                var count = k == 0 ? (long)Math.Round(size * rate) : (long)Math.Round(previous * rate);
                stages.Add(new BreakdownStageAnalytics
                {
                    StageId = stageIds[k],
                    Reach = count + 3,
                    Funnel = count,
                    ConversionFromPrevious = k == 0 ? null : previous == 0 ? null : (double)count / previous,
                    MedianSecondsFromPrevious = k == 0 || count == 0 ? null : 500 * Math.Pow(6, k),
                    SecondsFromPrevious = k == 0 || count == 0 ? null : Times(500 * Math.Pow(6, k)),
                    VersusRest = k == 0 ? null : new VersusRest
                    {
                        Difference = shift,
                        Statistic = shift * 20,
                        PValue = Math.Abs(shift) >= 0.2 ? 0.0001 : 0.4,
                        AdjustedPValue = Math.Abs(shift) >= 0.2 ? 0.001 : 1,
                        Significant = Math.Abs(shift) >= 0.2,
                    },
                });
                previous = count;
            }

            groups.Add(new BreakdownGroup { Value = other ? null : values[g], Other = other, Customers = size, Stages = stages });
        }

        return new BreakdownAnalytics { Column = column, Attribution = BreakdownAttribution.First, Groups = groups };
    }

    private static CohortAnalytics Cohorts(int weeks, int stages)
    {
        var groups = new List<CohortGroup>();
        for (var w = 0; w < weeks; w++)
        {
            var size = w == 2 ? 0 : 80 + (w * 7 % 30);
            var counts = new List<long>();
            double share = 1;
            for (var k = 0; k < stages; k++)
            {
                counts.Add((long)Math.Round(size * share));
                share *= 0.55 + (0.03 * ((w + k) % 5));
            }

            groups.Add(new CohortGroup { Start = new DateOnly(2026, 1, 5).AddDays(7 * w), Customers = size, Funnel = counts });
        }

        return new CohortAnalytics { Period = CohortPeriod.Week, Groups = groups };
    }
}
