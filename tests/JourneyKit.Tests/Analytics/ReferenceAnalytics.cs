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
        var byCustomer = known.GroupBy(e => e.CustomerId, StringComparer.Ordinal)
            .Select(g => g.Select(e => (Time: e.Timestamp.UtcTicks, Stage: stageOf[e.TouchpointId])).ToList())
            .ToList();

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

        var stages = new List<StageAnalytics>();
        for (var s = 0; s < stageCount; s++)
        {
            var reach = byCustomer.Count(evs => evs.Any(e => e.Stage == s));
            var k = Array.IndexOf(funnelStages, s);
            if (k < 0)
            {
                stages.Add(new StageAnalytics { StageId = map.Stages[s].Id, Reach = reach, Funnel = null, ConversionFromPrevious = null, MedianSecondsFromPrevious = null, SecondsFromPrevious = null });
                continue;
            }

            var funnel = funnelTimes.Count(t => t[k] is not null);
            var previous = k == 0 ? 0 : funnelTimes.Count(t => t[k - 1] is not null);
            var deltas = k == 0 ? [] : funnelTimes.Where(t => t[k] is not null).Select(t => (double)(t[k]!.Value - t[k - 1]!.Value)).OrderBy(d => d).ToList();
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
            Breakdown = null,
            Cohorts = null,
            FiredPlays = [],
        };
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
