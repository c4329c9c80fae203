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

        if (map.Breakdown is not null)
        {
            Groups = [];
        }

        if (map.CohortPeriod is not null)
        {
            Cohorts = [];
        }

        if (map.CollectCustomers)
        {
            Rows = [];
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

    /// <summary>The breakdown groups in order of first appearance; <see langword="null"/> without a breakdown.</summary>
    public List<GroupState>? Groups { get; }

    /// <summary>The cohorts: the first day (<see cref="DateOnly.DayNumber"/>) of each non-empty period, and its customers at each funnel step; <see langword="null"/> without cohorts.</summary>
    public Dictionary<int, long[]>? Cohorts { get; }

    /// <summary>One row per customer, in fold order; <see langword="null"/> unless the rows are kept.</summary>
    public List<CustomerRow>? Rows { get; }

    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);
    private int _nullGroup = -1;

    /// <summary>The index in <see cref="Groups"/> of the group of <paramref name="value"/>, added when new; -1 without a breakdown.</summary>
    public int GroupOf(string? value)
    {
        if (Groups is null)
        {
            return -1;
        }

        if (value is null)
        {
            if (_nullGroup < 0)
            {
                _nullGroup = Groups.Count;
                Groups.Add(new GroupState(null, Reach.Length, Funnel.Length));
            }

            return _nullGroup;
        }

        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_groupIndex, value, out var exists);
        if (!exists)
        {
            index = Groups.Count;
            Groups.Add(new GroupState(value, Reach.Length, Funnel.Length));
        }

        return index;
    }

    /// <summary>Adds a customer's cohort: one more customer at each of the first <paramref name="depth"/> funnel steps of the period of <paramref name="entryTicks"/>.</summary>
    public void AddCohort(long entryTicks, int depth)
    {
        ref var funnel = ref CollectionsMarshal.GetValueRefOrAddDefault(Cohorts!, CohortPeriods.StartOf(entryTicks, Map.CohortPeriod!.Value), out _);
        funnel ??= new long[Funnel.Length];
        for (var k = 0; k < depth; k++)
        {
            funnel[k]++;
        }
    }

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

        if (Groups is not null && other.Groups is not null)
        {
            foreach (var group in other.Groups)
            {
                Groups[GroupOf(group.Value)].Merge(group, absorb);
            }
        }

        if (Cohorts is not null && other.Cohorts is not null)
        {
            foreach (var (start, funnel) in other.Cohorts)
            {
                ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(Cohorts, start, out _);
                mine ??= new long[Funnel.Length];
                for (var k = 0; k < funnel.Length; k++)
                {
                    mine[k] += funnel[k];
                }
            }
        }

        if (Rows is not null && other.Rows is not null)
        {
            Rows.AddRange(other.Rows);
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
        foreach (var group in Groups ?? [])
        {
            group.Release();
        }
    }

    /// <summary>The customers' rows ordered by customer id ordinally (empty unless the rows are kept).</summary>
    public IReadOnlyList<CustomerFunnel> CustomerFunnels()
    {
        if (Rows is null)
        {
            return [];
        }

        var rows = Rows.ToArray();
        Array.Sort(rows, static (a, b) => string.CompareOrdinal(a.CustomerId, b.CustomerId));
        var funnel = Map.FunnelStages;
        return [.. rows.Select(row => new CustomerFunnel
        {
            CustomerId = row.CustomerId,
            Depth = row.Depth,
            LastStageId = row.Depth == 0 ? null : Map.StageIds[funnel[row.Depth - 1]],
            Entry = row.EntryTicks < 0 ? null : new DateTimeOffset(row.EntryTicks, TimeSpan.Zero),
            Group = row.Group,
        })];
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
            Breakdown = Groups is null ? null : BreakdownReport.Of(this),
            Cohorts = Cohorts is null ? null : CohortReport.Of(this),
            FiredPlays = [],
        };
        return Map.Playbooks.Count == 0 ? report : report with { FiredPlays = AnalyticsPlayFacts.Fire(Map.Playbooks, report) };
    }
}
