using System.Globalization;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// The straightforward version the engine is measured against: a dictionary of lists keyed by the
/// customer id string, a comparison sort per customer, paths as joined strings, medians by sorting.
/// It follows the same definitions (the tests check the engine against a literal oracle, this is only for timing).
/// </summary>
internal static class NaiveAnalytics
{
    public static JourneyAnalyticsReport Analyze(JourneyMap map, IEnumerable<JourneyEvent> events)
    {
        var touchpoints = new Dictionary<string, (int Stage, Initiator? Initiator)>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var t in map.Stages[s].Touchpoints)
            {
                touchpoints[t.Id] = (s, t.Initiator);
            }
        }

        long count = 0, malformed = 0, unknown = 0, stated = 0, byCustomer = 0;
        var customers = new Dictionary<string, List<(long Ticks, int Stage)>>();
        foreach (var e in events)
        {
            if (string.IsNullOrEmpty(e.CustomerId) || string.IsNullOrEmpty(e.TouchpointId))
            {
                malformed++;
                continue;
            }

            count++;
            if (!touchpoints.TryGetValue(e.TouchpointId, out var tp))
            {
                unknown++;
                continue;
            }

            if (tp.Initiator is { } initiator)
            {
                stated++;
                byCustomer += initiator == Initiator.Customer ? 1 : 0;
            }

            if (!customers.TryGetValue(e.CustomerId, out var list))
            {
                customers[e.CustomerId] = list = [];
            }

            list.Add((e.Timestamp.UtcTicks, tp.Stage));
        }

        var stages = map.Stages.Count;
        var reach = new long[stages];
        var funnel = new long[stages];
        var deltas = Enumerable.Range(0, stages).Select(_ => new List<double>()).ToArray();
        var paths = new Dictionary<string, long>();
        foreach (var list in customers.Values)
        {
            list.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Stage.CompareTo(b.Stage));
            foreach (var s in list.Select(e => e.Stage).Distinct())
            {
                reach[s]++;
            }

            long previous = 0;
            for (var k = 0; k < stages; k++)
            {
                var after = k == 0 ? long.MinValue : previous;
                var found = list.FindIndex(e => e.Stage == k && e.Ticks >= after);
                if (found < 0)
                {
                    break;
                }

                funnel[k]++;
                if (k > 0)
                {
                    deltas[k].Add((list[found].Ticks - previous) / (double)TimeSpan.TicksPerSecond);
                }

                previous = list[found].Ticks;
            }

            var folded = list.Select(e => e.Stage).Where((s, i) => i == 0 || list[i - 1].Stage != s).Select(s => map.Stages[s].Id);
            var key = string.Join('>', folded);
            paths[key] = paths.GetValueOrDefault(key) + 1;
        }

        return new JourneyAnalyticsReport
        {
            MapId = map.Id,
            Events = count,
            Customers = customers.Count,
            UnknownTouchpointEvents = unknown,
            MalformedLines = malformed,
            CustomerInitiatedShare = stated == 0 ? null : (double)byCustomer / stated,
            Window = null,
            FunnelStageIds = map.Stages.Select(s => s.Id).ToList(),
            SecondsToConvert = null,
            Breakdown = null,
            Cohorts = null,
            FiredPlays = [],
            Stages = Enumerable.Range(0, stages).Select(k => new StageAnalytics
            {
                StageId = map.Stages[k].Id,
                Reach = reach[k],
                Funnel = funnel[k],
                ConversionFromPrevious = k == 0 || funnel[k - 1] == 0 ? null : (double)funnel[k] / funnel[k - 1],
                MedianSecondsFromPrevious = Median(deltas[k]),
                SecondsFromPrevious = null, // the naive baseline computes version 1's figures only
            }).ToList(),
            Paths = paths.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(10)
                .Select(p => new PathAnalytics { StageIds = p.Key.Split('>'), Customers = p.Value }).ToList(),
        };
    }

    /// <summary>The naive CSV path: a line reader, string splitting and the framework's date parser.</summary>
    public static IEnumerable<JourneyEvent> ReadCsv(TextReader reader)
    {
        var header = reader.ReadLine()!.Split(',');
        int c = Array.IndexOf(header, "customerId"), t = Array.IndexOf(header, "touchpointId"), s = Array.IndexOf(header, "timestamp");
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            yield return new JourneyEvent(fields[c], fields[t], DateTimeOffset.Parse(fields[s], CultureInfo.InvariantCulture));
        }
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
