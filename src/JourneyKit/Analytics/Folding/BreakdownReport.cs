using JourneyKit.Csv;
using JourneyKit.Metrics;

namespace JourneyKit.Analytics;

/// <summary>The breakdown and cohorts of a report, from the groups and cohorts an <see cref="AnalyticsState"/> folded.</summary>
internal static class BreakdownReport
{
    /// <summary>Below this many customers at the previous step on either side, no test is made.</summary>
    public const int MinimumSample = 30;

    public static BreakdownAnalytics Of(AnalyticsState state)
    {
        var map = state.Map;
        var ordered = state.Groups!
            .Where(group => group.Customers > 0)
            .OrderByDescending(group => group.Customers)
            .ThenBy(group => group.Value is null ? 1 : 0)
            .ThenBy(group => group.Value, StringComparer.Ordinal)
            .ToList();
        var kept = ordered.Take(map.BreakdownLimit).Select(group => (Group: group, Other: false)).ToList();
        GroupState? other = null;
        if (ordered.Count > map.BreakdownLimit)
        {
            other = new GroupState(null, map.StageCount, map.FunnelStages.Length);
            foreach (var group in ordered.Skip(map.BreakdownLimit))
            {
                other.Merge(group, absorb: false);
            }

            kept.Add((other, true));
        }

        // Every test first, then Holm over all of them (the merged group's included), in group then stage order.
        var tests = new (double? Difference, double? Statistic, double? PValue)[kept.Count, map.FunnelStages.Length];
        var pValues = new List<double>();
        for (var g = 0; g < kept.Count; g++)
        {
            for (var k = 1; k < map.FunnelStages.Length; k++)
            {
                tests[g, k] = Test(kept[g].Group, state, k);
                if (tests[g, k].PValue is { } p)
                {
                    pValues.Add(p);
                }
            }
        }

        var adjusted = MultipleComparisons.Holm(pValues);
        var next = 0;
        var groups = new BreakdownGroup[kept.Count];
        for (var g = 0; g < kept.Count; g++)
        {
            var group = kept[g].Group;
            var stages = new BreakdownStageAnalytics[map.StageCount];
            for (var s = 0; s < stages.Length; s++)
            {
                var k = map.FunnelPosition[s];
                if (k < 0)
                {
                    stages[s] = new BreakdownStageAnalytics
                    {
                        StageId = map.StageIds[s],
                        Reach = group.Reach[s],
                        Funnel = null,
                        ConversionFromPrevious = null,
                        MedianSecondsFromPrevious = null,
                        SecondsFromPrevious = null,
                        VersusRest = null,
                    };
                    continue;
                }

                VersusRest? versus = null;
                if (k > 0)
                {
                    var (difference, statistic, pValue) = tests[g, k];
                    var adjustedP = pValue is null ? (double?)null : adjusted[next++];
                    versus = new VersusRest
                    {
                        Difference = difference,
                        Statistic = statistic,
                        PValue = pValue,
                        AdjustedPValue = adjustedP,
                        Significant = adjustedP < 0.05,
                    };
                }

                var deltas = group.Deltas[k].AsSpan();
                stages[s] = new BreakdownStageAnalytics
                {
                    StageId = map.StageIds[s],
                    Reach = group.Reach[s],
                    Funnel = group.Funnel[k],
                    ConversionFromPrevious = Rate(group.Funnel, k),
                    MedianSecondsFromPrevious = k == 0 ? null : Median.Of(deltas) / TimeSpan.TicksPerSecond,
                    SecondsFromPrevious = k == 0 ? null : Percentiles.Of(deltas),
                    VersusRest = versus,
                };
            }

            groups[g] = new BreakdownGroup { Value = kept[g].Other ? null : group.Value, Other = kept[g].Other, Customers = group.Customers, Stages = stages };
        }

        other?.Release();
        return new BreakdownAnalytics { Column = map.Breakdown!, Attribution = map.Attribution, Groups = groups };
    }

    /// <summary>
    /// The pooled two-proportion z-test of the group's conversion into funnel step k against all other customers':
    /// the difference whenever both rates exist; the statistic and p-value only with 30 or more customers at step k − 1 on each side and a pooled standard error above 0.
    /// </summary>
    private static (double? Difference, double? Statistic, double? PValue) Test(GroupState group, AnalyticsState all, int k)
    {
        var n1 = group.Funnel[k - 1];
        var x1 = group.Funnel[k];
        var n2 = all.Funnel[k - 1] - n1;
        var x2 = all.Funnel[k] - x1;
        if (n1 == 0 || n2 == 0)
        {
            return (null, null, null);
        }

        var p1 = (double)x1 / n1;
        var p2 = (double)x2 / n2;
        var difference = p1 - p2;
        if (n1 < MinimumSample || n2 < MinimumSample)
        {
            return (difference, null, null);
        }

        var pooled = (double)(x1 + x2) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        if (standardError == 0)
        {
            return (difference, null, null);
        }

        var z = difference / standardError;
        return (difference, z, StudentT.StandardNormalTwoSidedPValue(z));
    }

    private static double? Rate(long[] funnel, int k) => k == 0 || funnel[k - 1] == 0 ? null : (double)funnel[k] / funnel[k - 1];
}

/// <summary>The cohorts of a report: every period from the first to the last non-empty one, empty ones included.</summary>
internal static class CohortReport
{
    public static CohortAnalytics Of(AnalyticsState state)
    {
        var period = state.Map.CohortPeriod!.Value;
        var cohorts = state.Cohorts!;
        var groups = new List<CohortGroup>();
        if (cohorts.Count > 0)
        {
            var (first, last) = (cohorts.Keys.Min(), cohorts.Keys.Max());
            var unit = period.ToString().ToLowerInvariant();
            var span = PeriodLimitException.Count(unit, DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last));
            if (span > state.Map.MaxCohortPeriods)
            {
                throw new PeriodLimitException("cohorts", unit, span, state.Map.MaxCohortPeriods, DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last), "choose a longer CohortPeriod or raise AnalyticsOptions.MaxCohortPeriods");
            }

            for (var start = first; start <= last; start = CohortPeriods.Next(start, period))
            {
                var funnel = cohorts.TryGetValue(start, out var counts) ? counts : new long[state.Funnel.Length];
                groups.Add(new CohortGroup { Start = DateOnly.FromDayNumber(start), Customers = funnel[0], Funnel = [.. funnel] });
            }
        }

        return new CohortAnalytics { Period = period, Groups = groups };
    }
}
