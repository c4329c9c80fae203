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
        Funnel = new long[map.StageCount];
        Deltas = new LongList[map.StageCount];
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

    public long[] Funnel { get; }

    /// <summary>tₖ − tₖ₋₁ in ticks for every customer who reached step k (index 0 stays empty).</summary>
    public LongList[] Deltas { get; }

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
    }

    /// <summary>The report; the stages' medians are selected on up to <paramref name="parallelism"/> threads.</summary>
    public JourneyAnalyticsReport ToReport(int parallelism = 1)
    {
        var stageIds = Map.StageIds;
        var stages = new StageAnalytics[stageIds.Length];
        var medians = new double?[stageIds.Length];
        var deltas = Deltas.Sum(list => (long)list.Count);
        Parallel.For(1, stageIds.Length, new ParallelOptions { MaxDegreeOfParallelism = deltas < 1 << 16 ? 1 : parallelism }, s =>
            medians[s] = Median.Of(Deltas[s].AsSpan()));
        for (var s = 0; s < stages.Length; s++)
        {
            var median = medians[s];
            stages[s] = new StageAnalytics
            {
                StageId = stageIds[s],
                Reach = Reach[s],
                Funnel = Funnel[s],
                ConversionFromPrevious = s == 0 || Funnel[s - 1] == 0 ? null : (double)Funnel[s] / Funnel[s - 1],
                MedianSecondsFromPrevious = median / TimeSpan.TicksPerSecond,
            };
        }

        var paths = Paths
            .Select(pair => (Ids: pair.Key.Stages().Select(s => stageIds[s]).ToArray(), Customers: pair.Value))
            .Select(p => (p.Ids, p.Customers, Joined: string.Join('>', p.Ids)))
            .OrderByDescending(p => p.Customers)
            .ThenBy(p => p.Joined, StringComparer.Ordinal)
            .Take(10)
            .Select(p => new PathAnalytics { StageIds = p.Ids, Customers = p.Customers })
            .ToArray();

        return new JourneyAnalyticsReport
        {
            MapId = Map.MapId,
            Events = Events,
            Customers = Customers,
            UnknownTouchpointEvents = UnknownTouchpointEvents,
            MalformedLines = MalformedLines,
            CustomerInitiatedShare = InitiatorStated == 0 ? null : (double)CustomerInitiated / InitiatorStated,
            Stages = stages,
            Paths = paths,
        };
    }
}
