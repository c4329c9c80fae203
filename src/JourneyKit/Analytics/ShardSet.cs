namespace JourneyKit.Analytics;

/// <summary>
/// Customers split into disjoint shards by the hash of their id, one <see cref="CustomerEventStore"/>
/// each, filled by several workers and folded in parallel at the end.
/// </summary>
/// <remarks>
/// Workers parse on their own and hand over their per-shard batches under the shard's lock, trying
/// the shards that are free first, so two workers rarely wait for each other. A customer's events all
/// land in one shard, so each shard folds to a partial result over its own customers and the partial
/// results merge exactly.
/// </remarks>
internal sealed class ShardSet
{
    private readonly CustomerEventStore[] _stores;
    private readonly object _countsLock = new();
    private EventCounts _counts;

    public ShardSet(AnalyticsMap map, int shards)
    {
        Map = map;
        _stores = new CustomerEventStore[shards];
        for (var s = 0; s < shards; s++)
        {
            _stores[s] = new CustomerEventStore();
        }
    }

    public AnalyticsMap Map { get; }

    public int Count => _stores.Length;

    public PendingBatch[] CreateBatches(int capacity)
    {
        var batches = new PendingBatch[_stores.Length];
        for (var s = 0; s < batches.Length; s++)
        {
            batches[s] = new PendingBatch(capacity);
        }

        return batches;
    }

    /// <summary>Moves every batch into its shard's store and clears it.</summary>
    public void Flush(PendingBatch[] batches)
    {
        var remaining = 0;
        foreach (var batch in batches)
        {
            if (batch.Count > 0)
            {
                remaining++;
            }
        }

        while (remaining > 0)
        {
            var progressed = false;
            for (var s = 0; s < batches.Length; s++)
            {
                var batch = batches[s];
                if (batch.Count > 0 && Monitor.TryEnter(_stores[s]))
                {
                    try
                    {
                        _stores[s].Add(batch);
                    }
                    finally
                    {
                        Monitor.Exit(_stores[s]);
                    }

                    batch.Clear();
                    remaining--;
                    progressed = true;
                }
            }

            if (!progressed)
            {
                // Every shard we need is busy: wait for the first one rather than spin.
                var s = Array.FindIndex(batches, b => b.Count > 0);
                lock (_stores[s])
                {
                    _stores[s].Add(batches[s]);
                }

                batches[s].Clear();
                remaining--;
            }
        }
    }

    public void AddCounts(in EventCounts counts)
    {
        lock (_countsLock)
        {
            _counts.Events += counts.Events;
            _counts.Malformed += counts.Malformed;
            _counts.Unknown += counts.Unknown;
            _counts.InitiatorStated += counts.InitiatorStated;
            _counts.CustomerInitiated += counts.CustomerInitiated;
        }
    }

    /// <summary>Folds every shard (in parallel) and merges the partial results.</summary>
    public AnalyticsState Fold()
    {
        var states = new AnalyticsState[_stores.Length];
        Parallel.For(0, _stores.Length, new ParallelOptions { MaxDegreeOfParallelism = _stores.Length }, s =>
        {
            var state = new AnalyticsState(Map);
            new CustomerFolder(state).FoldStore(_stores[s]);
            _stores[s] = null!; // let the events go before the merge allocates
            states[s] = state;
        });

        var result = states[0];
        for (var s = 1; s < states.Length; s++)
        {
            result.Merge(states[s]);
        }

        result.AddCounts(_counts);
        return result;
    }
}
