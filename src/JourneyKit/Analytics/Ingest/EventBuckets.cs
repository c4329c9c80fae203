using System.Collections.Concurrent;

namespace JourneyKit.Analytics;

/// <summary>
/// The events of one analysis: each worker fills its own <see cref="BucketWriter"/>; at the end the
/// buckets are folded in parallel, each by interning its customers in a small table, grouping them
/// with <see cref="CustomerGrouping"/> and folding every customer, and the per-thread results are merged.
/// </summary>
internal sealed class EventBuckets
{
    private readonly ConcurrentBag<BucketWriter> _all = [];
    private readonly ConcurrentBag<BucketWriter> _free = [];
    private readonly object _countsLock = new();
    private EventCounts _counts;

    public EventBuckets(AnalyticsMap map, int parallelism)
    {
        Map = map;
        Parallelism = parallelism;
    }

    public AnalyticsMap Map { get; }

    public int Parallelism { get; }

    /// <summary>A writer for one thread's exclusive use until <see cref="Return"/>.</summary>
    public BucketWriter Rent()
    {
        if (_free.TryTake(out var writer))
        {
            return writer;
        }

        writer = new BucketWriter();
        _all.Add(writer);
        return writer;
    }

    public void Return(BucketWriter writer) => _free.Add(writer);

    public void AddCounts(in EventCounts counts)
    {
        lock (_countsLock)
        {
            _counts.Add(counts);
        }
    }

    public AnalyticsState Fold()
    {
        var writers = _all.ToArray();
        var result = new AnalyticsState(Map);
        ParallelBucketFold.Run(result, BucketWriter.Buckets, Parallelism, () => new BucketFolder(Map), (folder, bucket) => folder.Fold(writers, bucket), static folder => folder.State);

        result.AddCounts(_counts);
        return result;
    }
}
