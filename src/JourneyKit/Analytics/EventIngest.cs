using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>Feeds in-memory events into a <see cref="ShardSet"/> from several threads.</summary>
internal static class EventIngest
{
    private const int BatchEvents = 1 << 14;

    /// <summary>Reads the events with <paramref name="shards"/>'s worker count and folds them.</summary>
    public static AnalyticsState Run(ShardSet shards, IEnumerable<JourneyEvent> events)
    {
        var workers = shards.Count;
        switch (events)
        {
            case JourneyEvent[] array:
                RunRanges(shards, workers, array.Length, (from, to) => array.AsSpan(from, to - from));
                break;
            case List<JourneyEvent> list:
                RunRanges(shards, workers, list.Count, (from, to) => CollectionsMarshal.AsSpan(list).Slice(from, to - from));
                break;
            default:
                RunEnumerator(shards, workers, events);
                break;
        }

        return shards.Fold();
    }

    /// <summary>Processes one chunk of events on the calling thread.</summary>
    public static void Process(ShardSet shards, ReadOnlySpan<JourneyEvent> events, PendingBatch[] batches, ref EventCounts counts)
    {
        var map = shards.Map;
        var shardCount = batches.Length;
        var sinceFlush = 0;
        foreach (ref readonly var e in events)
        {
            if (string.IsNullOrEmpty(e.CustomerId) || string.IsNullOrEmpty(e.TouchpointId))
            {
                counts.Malformed++;
                continue;
            }

            counts.Events++;
            var code = map.FindTouchpoint(e.TouchpointId);
            if (code < 0)
            {
                counts.Unknown++;
                continue;
            }

            counts.CountKnown(code);
            var key = MemoryMarshal.AsBytes(e.CustomerId.AsSpan());
            var hash = IdHash.Compute(key);
            var batch = batches[shardCount == 1 ? 0 : IdHash.Shard(hash, shardCount)];
            batch.Add(hash, batch.CopyKey(key), key.Length, e.Timestamp.UtcTicks, AnalyticsMap.StageOf(code));
            if (++sinceFlush == BatchEvents)
            {
                shards.Flush(batches);
                sinceFlush = 0;
            }
        }

        shards.Flush(batches);
    }

    private delegate ReadOnlySpan<JourneyEvent> Slice(int from, int to);

    private static void RunRanges(ShardSet shards, int workers, int length, Slice slice)
    {
        if (workers == 1 || length < BatchEvents)
        {
            RunRange(shards, slice, 0, length);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            RunRange(shards, slice, (int)((long)length * w / workers), (int)((long)length * (w + 1) / workers)));
    }

    private static void RunRange(ShardSet shards, Slice slice, int from, int to)
    {
        var batches = shards.CreateBatches(BatchEvents);
        var counts = default(EventCounts);
        for (var start = from; start < to; start += BatchEvents)
        {
            Process(shards, slice(start, Math.Min(to, start + BatchEvents)), batches, ref counts);
        }

        shards.AddCounts(counts);
    }

    private static void RunEnumerator(ShardSet shards, int workers, IEnumerable<JourneyEvent> events)
    {
        using var enumerator = events.GetEnumerator();
        var gate = new object();
        var done = false;

        // Each worker takes the next chunk from the shared enumerator, then parses it while another takes its turn.
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var chunk = new JourneyEvent[BatchEvents];
            var batches = shards.CreateBatches(BatchEvents);
            var counts = default(EventCounts);
            while (true)
            {
                var filled = 0;
                lock (gate)
                {
                    while (!done && filled < chunk.Length)
                    {
                        if (enumerator.MoveNext())
                        {
                            chunk[filled++] = enumerator.Current;
                        }
                        else
                        {
                            done = true;
                        }
                    }
                }

                if (filled == 0)
                {
                    break;
                }

                Process(shards, chunk.AsSpan(0, filled), batches, ref counts);
            }

            shards.AddCounts(counts);
        });
    }
}
