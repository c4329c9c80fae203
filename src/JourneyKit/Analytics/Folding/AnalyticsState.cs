using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>
/// Folded, mergeable analytics over a set of customers: counts, per-stage reach and funnel, every
/// funnel step's time deltas (kept whole so that medians stay exact after a merge) and path counts.
/// </summary>
internal sealed class AnalyticsState
{
    public AnalyticsState(AnalyticsMap map)
    {
        Map = map;
        Reach = new long[map.StageCount];
        Funnel = new long[map.FunnelStages.Length];
        Deltas = new LongList[map.FunnelStages.Length];
        for (var i = 0; i < Deltas.Length; i++)
        {
            Deltas[i] = new LongList();
        }
    }

    public AnalyticsMap Map { get; }

    public long Events;
    public long MalformedLines;
    public long UnknownTouchpointEvents;
    public long Customers;
    public long InitiatorStated;
    public long CustomerInitiated;

    public long[] Reach { get; }

    /// <summary>The customers who reached each funnel step, by step (not by map stage).</summary>
    public long[] Funnel { get; }

    /// <summary>tₖ − tₖ₋₁ in ticks for every customer who reached funnel step k (index 0 stays empty).</summary>
    public LongList[] Deltas { get; }

    /// <summary>t_last − t₁ in ticks for every customer who reached the last funnel step.</summary>
    public LongList ConvertDeltas { get; } = new();

    public Dictionary<PathKey, long> Paths { get; } = [];

    public void AddCounts(in EventCounts counts)
    {
        Events += counts.Events;
        MalformedLines += counts.Malformed;
        UnknownTouchpointEvents += counts.Unknown;
        InitiatorStated += counts.InitiatorStated;
        CustomerInitiated += counts.CustomerInitiated;
    }

    /// <summary>Adds another state, over other customers, to this one. <paramref name="other"/> is not changed.</summary>
    public void Merge(AnalyticsState other) => Merge(other, absorb: false);

    /// <summary>Like <see cref="Merge(AnalyticsState)"/>, but moves <paramref name="other"/>'s deltas instead of copying them where it can, and releases the rest: for a state that is discarded.</summary>
    public void Absorb(AnalyticsState other) => Merge(other, absorb: true);

    private void Merge(AnalyticsState other, bool absorb)
    {
        Events += other.Events;
        MalformedLines += other.MalformedLines;
        UnknownTouchpointEvents += other.UnknownTouchpointEvents;
        Customers += other.Customers;
        InitiatorStated += other.InitiatorStated;
        CustomerInitiated += other.CustomerInitiated;
        for (var s = 0; s < Reach.Length; s++)
        {
            Reach[s] += other.Reach[s];
        }

        if (absorb)
        {
            ConvertDeltas.Absorb(other.ConvertDeltas);
        }
        else
        {
            ConvertDeltas.AddRange(other.ConvertDeltas.AsSpan());
        }

        for (var s = 0; s < Funnel.Length; s++)
        {
            Funnel[s] += other.Funnel[s];
            if (absorb)
            {
                Deltas[s].Absorb(other.Deltas[s]);
            }
            else
            {
                Deltas[s].AddRange(other.Deltas[s].AsSpan());
            }
        }

        foreach (var (path, customers) in other.Paths)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(Paths, path, out _) += customers;
        }
    }

    /// <summary>Gives the deltas' arrays back to the pool: for a state that is discarded (merged into another, or reported and dropped).</summary>
    public void Release()
    {
        foreach (var deltas in Deltas)
        {
            deltas.Release();
        }

        ConvertDeltas.Release();
    }

    /// <summary>The report; the stages' medians and percentiles are selected on up to <paramref name="parallelism"/> threads.</summary>
    public JourneyAnalyticsReport ToReport(int parallelism = 1)
    {
        var stageIds = Map.StageIds;
        var funnelStages = Map.FunnelStages;
        var stages = new StageAnalytics[stageIds.Length];
        var medians = new double?[funnelStages.Length];
        var percentiles = new TimePercentiles?[funnelStages.Length];
        var deltas = Deltas.Sum(list => (long)list.Count);
        Parallel.For(1, funnelStages.Length, new ParallelOptions { MaxDegreeOfParallelism = deltas < 1 << 16 ? 1 : parallelism }, k =>
        {
            // The median first, as version 1 computes it (to the last bit); then the type 7 percentiles.
            medians[k] = Median.Of(Deltas[k].AsSpan());
            percentiles[k] = Percentiles.Of(Deltas[k].AsSpan());
        });
        for (var s = 0; s < stages.Length; s++)
        {
            var k = Map.FunnelPosition[s];
            stages[s] = k < 0
                ? new StageAnalytics
                {
                    StageId = stageIds[s],
                    Reach = Reach[s],
                    Funnel = null,
                    ConversionFromPrevious = null,
                    MedianSecondsFromPrevious = null,
                    SecondsFromPrevious = null,
                }
                : new StageAnalytics
                {
                    StageId = stageIds[s],
                    Reach = Reach[s],
                    Funnel = Funnel[k],
                    ConversionFromPrevious = k == 0 || Funnel[k - 1] == 0 ? null : (double)Funnel[k] / Funnel[k - 1],
                    MedianSecondsFromPrevious = medians[k] / TimeSpan.TicksPerSecond,
                    SecondsFromPrevious = percentiles[k],
                };
        }

        var convert = Percentiles.Of(ConvertDeltas.AsSpan());
        var paths = Paths
            .Select(pair => (Ids: pair.Key.Stages().Select(s => stageIds[s]).ToArray(), Customers: pair.Value))
            .Select(p => (p.Ids, p.Customers, Joined: string.Join('>', p.Ids)))
            .OrderByDescending(p => p.Customers)
            .ThenBy(p => p.Joined, StringComparer.Ordinal)
            .Take(10)
            .Select(p => new PathAnalytics { StageIds = p.Ids, Customers = p.Customers })
            .ToArray();

        var report = new JourneyAnalyticsReport
        {
            MapId = Map.MapId,
            Events = Events,
            Customers = Customers,
            UnknownTouchpointEvents = UnknownTouchpointEvents,
            MalformedLines = MalformedLines,
            CustomerInitiatedShare = InitiatorStated == 0 ? null : (double)CustomerInitiated / InitiatorStated,
            Window = Map.WindowTicks == long.MaxValue ? null : new ConversionWindow { Seconds = (double)Map.WindowTicks / TimeSpan.TicksPerSecond },
            FunnelStageIds = funnelStages.Select(s => stageIds[s]).ToArray(),
            Stages = stages,
            SecondsToConvert = convert is null ? null : new TimeToConvert
            {
                P25 = convert.P25,
                P50 = convert.P50,
                P75 = convert.P75,
                P90 = convert.P90,
                P95 = convert.P95,
                N = ConvertDeltas.Count,
            },
            Paths = paths,
            Breakdown = null,
            Cohorts = null,
            FiredPlays = [],
        };
        return Map.Playbooks.Count == 0 ? report : report with { FiredPlays = AnalyticsPlayFacts.Fire(Map.Playbooks, report) };
    }
}
