using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics;

/// <summary>
/// The definitions of docs/analytics.md written as literally as possible (version 1, frozen: no funnel stages, no window), with no regard for speed:
/// the oracle that version 1 figures stay as they were.
/// </summary>
internal static class ReferenceAnalyticsV1
{
    public static JourneyAnalyticsReport Analyze(JourneyMap map, IEnumerable<JourneyEvent> events)
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
        var funnelTimes = byCustomer.Select(evs =>
        {
            var times = new long?[stageCount];
            for (var k = 0; k < stageCount; k++)
            {
                var after = k == 0 ? long.MinValue : times[k - 1];
                if (after is null)
                {
                    break;
                }

                var candidates = evs.Where(e => e.Stage == k && e.Time >= after).Select(e => e.Time).ToList();
                times[k] = candidates.Count == 0 ? null : candidates.Min();
            }

            return times;
        }).ToList();

        var stages = new List<StageAnalytics>();
        for (var k = 0; k < stageCount; k++)
        {
            var funnel = funnelTimes.Count(t => t[k] is not null);
            var previous = k == 0 ? 0 : funnelTimes.Count(t => t[k - 1] is not null);
            var deltas = k == 0 ? [] : funnelTimes.Where(t => t[k] is not null).Select(t => (double)(t[k]!.Value - t[k - 1]!.Value)).OrderBy(d => d).ToList();
            double? median = deltas.Count == 0 ? null
                : deltas.Count % 2 == 1 ? deltas[deltas.Count / 2] / TimeSpan.TicksPerSecond
                : (deltas[(deltas.Count / 2) - 1] + deltas[deltas.Count / 2]) / 2 / TimeSpan.TicksPerSecond;
            stages.Add(new StageAnalytics
            {
                StageId = map.Stages[k].Id,
                Reach = byCustomer.Count(evs => evs.Any(e => e.Stage == k)),
                Funnel = funnel,
                ConversionFromPrevious = k == 0 || previous == 0 ? null : (double)funnel / previous,
                MedianSecondsFromPrevious = median,
                SecondsFromPrevious = null,
            });
        }

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
            Window = null,
            FunnelStageIds = [],
            Stages = stages,
            SecondsToConvert = null,
            Paths = paths,
            Breakdown = null,
            Cohorts = null,
            FiredPlays = [],
        };
    }
}
