using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics;

/// <summary>
/// The definitions of docs/analytics.md written as literally as possible, with no regard for speed:
/// the oracle the engine is checked against.
/// </summary>
internal static class ReferenceAnalytics
{
    public static JourneyAnalyticsReport Analyze(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions? options = null)
    {
        var stageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var initiatorOf = new Dictionary<string, Initiator?>(StringComparer.Ordinal);
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var t in map.Stages[s].Touchpoints)
            {
                stageOf[t.Id] = s;
                initiatorOf[t.Id] = t.Initiator;
            }
        }

        var all = events.ToList();
        var malformed = all.Count(e => string.IsNullOrEmpty(e.CustomerId) || string.IsNullOrEmpty(e.TouchpointId));
        var wellFormed = all.Where(e => !string.IsNullOrEmpty(e.CustomerId) && !string.IsNullOrEmpty(e.TouchpointId)).ToList();
        var known = wellFormed.Where(e => stageOf.ContainsKey(e.TouchpointId)).ToList();
        var stated = known.Where(e => initiatorOf[e.TouchpointId] is not null).ToList();
        var grouped = known.Select((e, index) => (Event: e, Index: index)).GroupBy(x => x.Event.CustomerId, StringComparer.Ordinal).ToList();
        var byCustomer = grouped
            .Select(g => g.Select(x => (Time: x.Event.Timestamp.UtcTicks, Stage: stageOf[x.Event.TouchpointId])).ToList())
            .ToList();
        var customerIds = grouped.Select(g => g.Key).ToList();

        // The breakdown value: on the first (or last) event in (time, stage in map order, input order) order; an empty or missing value is null.
        var values = grouped.Select(g =>
        {
            var ordered = g.OrderBy(x => x.Event.Timestamp.UtcTicks).ThenBy(x => stageOf[x.Event.TouchpointId]).ThenBy(x => x.Index).ToList();
            var chosen = options?.Attribution == BreakdownAttribution.Last ? ordered[^1] : ordered[0];
            return options?.Breakdown is { } column && chosen.Event.Properties is { } properties && properties.TryGetValue(column, out var v) && v is { Length: > 0 } ? v : null;
        }).ToList();

        var stageCount = map.Stages.Count;
        var funnelStages = options?.FunnelStageIds is { } chosen
            ? chosen.Select(id => map.Stages.ToList().FindIndex(st => st.Id == id)).ToArray()
            : Enumerable.Range(0, stageCount).ToArray();
        var window = options?.Window?.Ticks;
        var funnelLength = funnelStages.Length;

        // For each entry e at s: t₁ = s, tₖ = the earliest event in funnel stage k at or after tₖ₋₁ and at or before s + window.
        // The customer's chain: the deepest, the earliest entry's among equally deep ones.
        var funnelTimes = byCustomer.Select(evs =>
        {
            long?[] best = new long?[funnelLength];
            var bestDepth = 0;
            foreach (var entry in evs.Where(e => e.Stage == funnelStages[0]).OrderBy(e => e.Time))
            {
                var chain = new long?[funnelLength];
                chain[0] = entry.Time;
                var depth = 1;
                for (var k = 1; k < funnelLength; k++)
                {
                    var after = chain[k - 1]!.Value;
                    var candidates = evs.Where(e => e.Stage == funnelStages[k] && e.Time >= after && (window is null || e.Time <= entry.Time + window.Value)).Select(e => e.Time).ToList();
                    if (candidates.Count == 0)
                    {
                        break;
                    }

                    chain[k] = candidates.Min();
                    depth++;
                }

                if (depth > bestDepth)
                {
                    bestDepth = depth;
                    best = chain;
                }
            }

            return best;
        }).ToList();

        List<StageAnalytics> StagesOf(IReadOnlyList<int> who)
        {
        var byCustomer2 = who.Select(i => byCustomer[i]).ToList();
        var funnelTimes2 = who.Select(i => funnelTimes[i]).ToList();
        var stages = new List<StageAnalytics>();
        for (var s = 0; s < stageCount; s++)
        {
            var reach = byCustomer2.Count(evs => evs.Any(e => e.Stage == s));
            var k = Array.IndexOf(funnelStages, s);
            if (k < 0)
            {
                stages.Add(new StageAnalytics { StageId = map.Stages[s].Id, Reach = reach, Funnel = null, ConversionFromPrevious = null, MedianSecondsFromPrevious = null, SecondsFromPrevious = null });
                continue;
            }

            var funnel = funnelTimes2.Count(t => t[k] is not null);
            var previous = k == 0 ? 0 : funnelTimes2.Count(t => t[k - 1] is not null);
            var deltas = k == 0 ? [] : funnelTimes2.Where(t => t[k] is not null).Select(t => (double)(t[k]!.Value - t[k - 1]!.Value)).OrderBy(d => d).ToList();
            double? median = deltas.Count == 0 ? null
                : deltas.Count % 2 == 1 ? deltas[deltas.Count / 2] / TimeSpan.TicksPerSecond
                : (deltas[(deltas.Count / 2) - 1] + deltas[deltas.Count / 2]) / 2 / TimeSpan.TicksPerSecond;
            stages.Add(new StageAnalytics
            {
                StageId = map.Stages[s].Id,
                Reach = reach,
                Funnel = funnel,
                ConversionFromPrevious = k == 0 || previous == 0 ? null : (double)funnel / previous,
                MedianSecondsFromPrevious = median,
                SecondsFromPrevious = Percentiles(deltas),
            });
        }

        return stages;
        }

        LastCustomers = [.. Enumerable.Range(0, byCustomer.Count)
            .Select(i =>
            {
                var depth = funnelTimes[i].Count(t => t is not null);
                return new CustomerFunnel
                {
                    CustomerId = customerIds[i],
                    Depth = depth,
                    LastStageId = depth == 0 ? null : map.Stages[funnelStages[depth - 1]].Id,
                    Entry = funnelTimes[i][0] is { } entry ? new DateTimeOffset(entry, TimeSpan.Zero) : null,
                    Group = options?.Breakdown is null ? null : values[i],
                };
            })
            .OrderBy(c => c.CustomerId, StringComparer.Ordinal)];
        var everyone = Enumerable.Range(0, byCustomer.Count).ToList();
        var stages = StagesOf(everyone);
        var breakdown = options?.Breakdown is null ? null : BreakdownOf(options, everyone, values, funnelStages, funnelTimes, StagesOf);
        var cohorts = options?.CohortPeriod is not { } period ? null : CohortsOf(period, funnelTimes, funnelLength);

        var converted = funnelTimes.Where(t => t[funnelLength - 1] is not null).Select(t => (double)(t[funnelLength - 1]!.Value - t[0]!.Value)).OrderBy(d => d).ToList();
        var convert = Percentiles(converted);

        var paths = byCustomer
            .Select(evs =>
            {
                var ordered = evs.OrderBy(e => e.Time).ThenBy(e => e.Stage).Select(e => e.Stage).ToList();
                var folded = ordered.Where((s, i) => i == 0 || ordered[i - 1] != s).Select(s => map.Stages[s].Id).ToArray();
                return string.Join('>', folded);
            })
            .GroupBy(p => p, StringComparer.Ordinal)
            .Select(g => (Joined: g.Key, Customers: g.LongCount()))
            .OrderByDescending(p => p.Customers)
            .ThenBy(p => p.Joined, StringComparer.Ordinal)
            .Take(10)
            .Select(p => new PathAnalytics { StageIds = p.Joined.Split('>'), Customers = p.Customers })
            .ToList();

        return new JourneyAnalyticsReport
        {
            MapId = map.Id,
            Events = wellFormed.Count,
            Customers = byCustomer.Count,
            UnknownTouchpointEvents = wellFormed.Count - known.Count,
            MalformedLines = malformed,
            CustomerInitiatedShare = stated.Count == 0 ? null : (double)stated.Count(e => initiatorOf[e.TouchpointId] == Initiator.Customer) / stated.Count,
            Window = window is null ? null : new ConversionWindow { Seconds = (double)window.Value / TimeSpan.TicksPerSecond },
            FunnelStageIds = funnelStages.Select(st => map.Stages[st].Id).ToArray(),
            Stages = stages,
            SecondsToConvert = convert is null ? null : new TimeToConvert { P25 = convert.P25, P50 = convert.P50, P75 = convert.P75, P90 = convert.P90, P95 = convert.P95, N = converted.Count },
            Paths = paths,
            Breakdown = breakdown,
            Cohorts = cohorts,
            FiredPlays = [],
        };
    }

    /// <summary>The customers-out rows, literally: ordered by id ordinally.</summary>
    public static List<CustomerFunnel> Customers(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions options)
    {
        var report = Analyze(map, events, options);
        _ = report;
        return LastCustomers!;
    }

    [ThreadStatic]
    private static List<CustomerFunnel>? LastCustomers;

    private static BreakdownAnalytics BreakdownOf(
        AnalyticsOptions options,
        List<int> everyone,
        List<string?> values,
        int[] funnelStages,
        List<long?[]> funnelTimes,
        Func<IReadOnlyList<int>, List<StageAnalytics>> stagesOf)
    {
        // Groups by customers descending, then value ordinally with null after every string; the first `limit` kept, the rest merged.
        var groups = everyone.GroupBy(i => values[i]).Select(g => (Value: g.Key, Who: g.ToList())).ToList();
        groups = [.. groups.OrderByDescending(g => g.Who.Count).ThenBy(g => g.Value is null).ThenBy(g => g.Value, StringComparer.Ordinal)];
        var kept = groups.Take(options.BreakdownLimit).Select(g => (g.Value, g.Who, Other: false)).ToList();
        if (groups.Count > options.BreakdownLimit)
        {
            kept.Add((null, groups.Skip(options.BreakdownLimit).SelectMany(g => g.Who).ToList(), true));
        }

        // The tests: pooled two-proportion z over step k − 1 → k, group against every other customer.
        var raw = new List<(int Group, int K, double? Difference, double? Z, double? P)>();
        foreach (var (g, (_, who, _)) in kept.Select((x, g) => (g, x)))
        {
            var rest = everyone.Except(who).ToList();
            for (var k = 1; k < funnelStages.Length; k++)
            {
                long N(List<int> set, int step) => set.Count(i => funnelTimes[i][step] is not null);
                var (n1, x1, n2, x2) = (N(who, k - 1), N(who, k), N(rest, k - 1), N(rest, k));
                double? difference = n1 > 0 && n2 > 0 ? ((double)x1 / n1) - ((double)x2 / n2) : null;
                double? z = null, p = null;
                if (difference is not null && n1 >= 30 && n2 >= 30)
                {
                    var pooled = (double)(x1 + x2) / (n1 + n2);
                    var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
                    if (se != 0)
                    {
                        z = difference / se;
                        p = JourneyKit.Metrics.StudentT.StandardNormalTwoSidedPValue(z.Value);
                    }
                }

                raw.Add((g, k, difference, z, p));
            }
        }

        // Holm, literally: sort the m p-values ascending; the i-th adjusted is the running maximum of min(1, (m − j + 1)·p₍ⱼ₎).
        var withP = raw.Where(r => r.P is not null).OrderBy(r => r.P).ToList();
        var adjusted = new Dictionary<(int, int), double>();
        var running = 0.0;
        for (var j = 0; j < withP.Count; j++)
        {
            running = Math.Max(running, Math.Min(1, (withP.Count - j) * withP[j].P!.Value));
            adjusted[(withP[j].Group, withP[j].K)] = running;
        }

        return new BreakdownAnalytics
        {
            Column = options.Breakdown!,
            Attribution = options.Attribution,
            Groups = [.. kept.Select((group, g) => new BreakdownGroup
            {
                Value = group.Value,
                Other = group.Other,
                Customers = group.Who.Count,
                Stages = [.. stagesOf(group.Who).Select((st, s) =>
                {
                    var k = Array.IndexOf(funnelStages, s);
                    VersusRest? versus = null;
                    if (k > 0)
                    {
                        var r = raw.Single(x => x.Group == g && x.K == k);
                        double? adj = adjusted.TryGetValue((g, k), out var a) ? a : null;
                        versus = new VersusRest { Difference = r.Difference, Statistic = r.Z, PValue = r.P, AdjustedPValue = adj, Significant = adj < 0.05 };
                    }

                    return new BreakdownStageAnalytics
                    {
                        StageId = st.StageId,
                        Reach = st.Reach,
                        Funnel = st.Funnel,
                        ConversionFromPrevious = st.ConversionFromPrevious,
                        MedianSecondsFromPrevious = st.MedianSecondsFromPrevious,
                        SecondsFromPrevious = st.SecondsFromPrevious,
                        VersusRest = versus,
                    };
                })],
            })],
        };
    }

    private static CohortAnalytics CohortsOf(CohortPeriod period, List<long?[]> funnelTimes, int funnelLength)
    {
        // The UTC period of t₁: the day, the Monday of its ISO week, or the first of its month.
        DateOnly StartOf(long ticks)
        {
            var day = DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc));
            return period switch
            {
                CohortPeriod.Day => day,
                CohortPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
                _ => new DateOnly(day.Year, day.Month, 1),
            };
        }

        var entered = funnelTimes.Where(t => t[0] is not null).ToList();
        var groups = new List<CohortGroup>();
        if (entered.Count > 0)
        {
            var first = entered.Min(t => StartOf(t[0]!.Value));
            var last = entered.Max(t => StartOf(t[0]!.Value));
            for (var start = first; start <= last; start = period switch { CohortPeriod.Day => start.AddDays(1), CohortPeriod.Week => start.AddDays(7), _ => start.AddMonths(1) })
            {
                var mine = entered.Where(t => StartOf(t[0]!.Value) == start).ToList();
                groups.Add(new CohortGroup
                {
                    Start = start,
                    Customers = mine.Count,
                    Funnel = [.. Enumerable.Range(0, funnelLength).Select(k => (long)mine.Count(t => t[k] is not null))],
                });
            }
        }

        return new CohortAnalytics { Period = period, Groups = groups };
    }

    /// <summary>Type 7 on sorted ticks, in seconds, exactly as docs/analytics.md writes it.</summary>
    public static TimePercentiles? Percentiles(IReadOnlyList<double> sortedTicks)
    {
        if (sortedTicks.Count == 0)
        {
            return null;
        }

        double At(double p)
        {
            var h = (sortedTicks.Count - 1) * p;
            var low = (int)Math.Floor(h);
            var value = low + 1 < sortedTicks.Count && h > low ? sortedTicks[low] + ((h - low) * (sortedTicks[low + 1] - sortedTicks[low])) : sortedTicks[low];
            return value / TimeSpan.TicksPerSecond;
        }

        return new TimePercentiles { P25 = At(0.25), P50 = At(0.5), P75 = At(0.75), P90 = At(0.9), P95 = At(0.95) };
    }
}
