using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>
/// The in-memory, any-order path: folds already-parsed events working on their strings directly,
/// without copying any id into a byte buffer.
/// </summary>
/// <remarks>
/// <para>Events arrive in spans (a whole array or list, or chunks read from an enumerable). Each span
/// is radix-partitioned in two parallel passes over slices of it. The first pass works in blocks of
/// <see cref="ScanBlock"/> events: a tight loop hashes every customer id once (<see cref="HashOf"/>),
/// which is where the time goes, since events in random order read the id strings in random order and
/// a loop that does nothing else keeps many of those cache misses in flight; then a second loop finds
/// each touchpoint (<see cref="TouchpointLookup"/>), tallies events by touchpoint (the initiator
/// counts are derived from the tallies) and counts the events of each of <see cref="Buckets"/> buckets
/// (the top bits of the hash, so buckets hold disjoint customers). The second pass writes every usable
/// event as a <see cref="Record"/> (id reference, UTC ticks, hash, stage) to its exact place in one
/// array grouped by bucket. Then buckets are folded in parallel: a bucket's customers are interned in a
/// <see cref="StringCustomerTable"/> small enough to stay in cache (hash first, then reference, then
/// characters), grouped (<see cref="CustomerGrouping"/>) and folded one by one; the partial states merge exactly.</para>
/// <para>Scratch arrays, records and the deltas' lists come from <see cref="ArrayPool{T}.Shared"/>:
/// fresh memory costs a page fault per 4 KiB, which at tens of megabytes per analysis was a tenth of
/// the time. Records are cleared as their bucket is folded, so the pool never keeps an id alive.</para>
/// <para>The hash (<see cref="IdHash"/>, deterministic) only splits the work inside one run: the
/// result does not depend on which bucket a customer lands in.</para>
/// <para>Not thread-safe: one instance per analysis, fed from one thread.</para>
/// </remarks>
internal sealed class StringEventFold
{
    /// <summary>The number of buckets (a power of two).</summary>
    public const int BucketBits = 8;
    public const int Buckets = 1 << BucketBits;

    private const byte Skip = 0xFF;
    private const int MinEventsPerWorker = 1 << 14;
    private const int ScanBlock = 1024;

    private readonly AnalyticsMap _map;
    private readonly int _parallelism;
    private readonly List<Chunk> _chunks = [];
    private readonly object _countsLock = new();
    private EventCounts _counts;
    private readonly TouchpointLookup[] _lookups;
    private readonly byte[] _stageOf;

    public StringEventFold(AnalyticsMap map, int parallelism)
    {
        _map = map;
        _parallelism = parallelism;
        // One lookup per worker: each remembers the instances it meets.
        _lookups = [.. Enumerable.Range(0, parallelism).Select(_ => map.Touchpoints.Copy())];
        _stageOf = [.. map.TouchpointCodes.Select(code => (byte)AnalyticsMap.StageOf(code)), Skip];
    }

    /// <summary>A view of part of the events (a span cannot be captured by the workers).</summary>
    public delegate ReadOnlySpan<JourneyEvent> Slice(int from, int to);

    /// <summary>Adds <paramref name="length"/> events, read through <paramref name="slice"/>.</summary>
    public void Add(int length, Slice slice)
    {
        if (length == 0)
        {
            return;
        }

        // Scratch and records come from the shared pool: fresh memory costs a page fault per 4 KiB.
        var hashes = ArrayPool<int>.Shared.Rent(length);
        var stages = ArrayPool<byte>.Shared.Rent(length);
        var workers = Math.Max(1, Math.Min(_parallelism, length / MinEventsPerWorker));
        var counts = new int[workers][];
        Run(workers, w =>
        {
            var (from, to) = Range(length, w, workers);
            counts[w] = Scan(_lookups[w], slice(from, to), hashes.AsSpan(from, to - from), stages.AsSpan(from, to - from));
        });

        // Bucket b of worker w goes after bucket b of the workers before it, after all smaller buckets.
        var starts = new int[Buckets + 1];
        var cursors = new int[workers][];
        var total = 0;
        for (var b = 0; b < Buckets; b++)
        {
            starts[b] = total;
            for (var w = 0; w < workers; w++)
            {
                (cursors[w] ??= new int[Buckets])[b] = total;
                total += counts[w][b];
            }
        }

        starts[Buckets] = total;
        var records = ArrayPool<Record>.Shared.Rent(total);
        var breakdown = _map.Breakdown;
        var values = breakdown is null ? null : ArrayPool<string?>.Shared.Rent(total);
        Run(workers, w =>
        {
            var (from, to) = Range(length, w, workers);
            if (values is null)
            {
                Scatter(slice(from, to), hashes.AsSpan(from, to - from), stages.AsSpan(from, to - from), records, cursors[w]);
            }
            else
            {
                ScatterValues(slice(from, to), hashes.AsSpan(from, to - from), stages.AsSpan(from, to - from), records, values, breakdown!, cursors[w]);
            }
        });

        ArrayPool<int>.Shared.Return(hashes);
        ArrayPool<byte>.Shared.Return(stages);
        _chunks.Add(new Chunk(records, starts, values));
    }

    /// <summary>Folds every bucket and merges them with the event counts.</summary>
    public AnalyticsState Finish()
    {
        var result = new AnalyticsState(_map);
        var chunks = _chunks.ToArray();
        ParallelBucketFold.Run(result, Buckets, _parallelism, () => new Folder(_map), (folder, bucket) => folder.Fold(chunks, bucket), static folder => folder.State);
        foreach (var chunk in chunks)
        {
            ArrayPool<Record>.Shared.Return(chunk.Records);
            if (chunk.Values is not null)
            {
                ArrayPool<string?>.Shared.Return(chunk.Values, clearArray: true);
            }
        }

        _chunks.Clear();

        result.AddCounts(_counts);
        return result;
    }

    /// <summary>The top half of the <see cref="IdHash"/> of the id's UTF-16 bytes: a few instructions for the usual ids of 4 to 8 chars.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(string id) => unchecked((int)(IdHash.Compute(MemoryMarshal.AsBytes(id.AsSpan())) >> 32));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BucketOf(int hash) => unchecked((int)((uint)hash >> (32 - BucketBits)));

    private static (int From, int To) Range(int length, int worker, int workers) =>
        ((int)((long)length * worker / workers), (int)((long)length * (worker + 1) / workers));

    private static void Run(int workers, Action<int> body)
    {
        if (workers == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, body);
        }
    }

    /// <summary>First pass: checks, tallies, finds stages and hashes; returns the events per bucket.</summary>
    private int[] Scan(TouchpointLookup touchpoints, ReadOnlySpan<JourneyEvent> events, Span<int> hashes, Span<byte> stages)
    {
        // Branch-free per event apart from the malformed check: tallies by touchpoint (initiators are
        // derived from them at the end), and an unknown touchpoint is a Skip stage counted in no bucket.
        var perBucket = new int[Buckets];
        var perTouchpoint = new long[touchpoints.Unknown + 1];
        var stageOf = _stageOf;
        long malformed = 0;
        for (var start = 0; start < events.Length; start += ScanBlock)
        {
            var block = events.Slice(start, Math.Min(ScanBlock, events.Length - start));
            var blockHashes = hashes.Slice(start, block.Length);
            var blockStages = stages.Slice(start, block.Length);

            // The customer ids are scattered over the heap, so reading them misses the cache: a loop that
            // does nothing else keeps many of those misses in flight at once.
            // A missing customer id is marked Skip here, so that the second loop never reads the id again.
            for (var i = 0; i < block.Length; i++)
            {
                var customerId = block[i].CustomerId;
                if (string.IsNullOrEmpty(customerId))
                {
                    blockStages[i] = Skip;
                }
                else
                {
                    blockStages[i] = 0;
                    blockHashes[i] = HashOf(customerId);
                }
            }

            for (var i = 0; i < block.Length; i++)
            {
                var touchpointId = block[i].TouchpointId;
                if (blockStages[i] == Skip || string.IsNullOrEmpty(touchpointId))
                {
                    malformed++;
                    blockStages[i] = Skip;
                    continue;
                }

                var touchpoint = touchpoints.Find(touchpointId);
                perTouchpoint[touchpoint]++;
                var stage = stageOf[touchpoint];
                blockStages[i] = stage;
                perBucket[BucketOf(blockHashes[i])] += stage == Skip ? 0 : 1;
            }
        }

        var counts = default(EventCounts);
        counts.Malformed = malformed;
        counts.AddTallies(_map, perTouchpoint);
        lock (_countsLock)
        {
            _counts.Add(counts);
        }

        return perBucket;
    }

    /// <summary>Second pass: writes every usable event to its place in its bucket.</summary>
    private static void Scatter(ReadOnlySpan<JourneyEvent> events, ReadOnlySpan<int> hashes, ReadOnlySpan<byte> stages, Record[] records, int[] cursors)
    {
        for (var i = 0; i < events.Length; i++)
        {
            var stage = stages[i];
            if (stage == Skip)
            {
                continue;
            }

            var hash = hashes[i];
            ref readonly var e = ref events[i];
            records[cursors[BucketOf(hash)]++] = new Record(e.CustomerId, e.Timestamp.UtcTicks, hash, stage);
        }
    }

    /// <summary><see cref="Scatter"/> with a breakdown: also writes each event's breakdown value beside its record.</summary>
    private static void ScatterValues(ReadOnlySpan<JourneyEvent> events, ReadOnlySpan<int> hashes, ReadOnlySpan<byte> stages, Record[] records, string?[] values, string breakdown, int[] cursors)
    {
        for (var i = 0; i < events.Length; i++)
        {
            var stage = stages[i];
            if (stage == Skip)
            {
                continue;
            }

            var hash = hashes[i];
            ref readonly var e = ref events[i];
            var slot = cursors[BucketOf(hash)]++;
            records[slot] = new Record(e.CustomerId, e.Timestamp.UtcTicks, hash, stage);
            values[slot] = e.ValueOf(breakdown);
        }
    }

    /// <summary>One usable event as the fold needs it.</summary>
    private readonly record struct Record(string CustomerId, long Ticks, int Hash, byte Stage);

    /// <summary>The records of one span, grouped by bucket: bucket b is <c>Records[Starts[b]..Starts[b + 1]]</c>.</summary>
    /// <remarks>With a breakdown, <c>Values[i]</c> is the breakdown value of <c>Records[i]</c>.</remarks>
    private sealed record Chunk(Record[] Records, int[] Starts, string?[]? Values)
    {
        public Span<Record> Bucket(int bucket) => Records.AsSpan(Starts[bucket], Starts[bucket + 1] - Starts[bucket]);

        public Span<string?> BucketValues(int bucket) => Values.AsSpan(Starts[bucket], Starts[bucket + 1] - Starts[bucket]);
    }

    /// <summary>Folds buckets on one thread into its own <see cref="State"/>.</summary>
    private sealed class Folder
    {
        private readonly StringCustomerTable _customers = new();
        private readonly BucketEvents _events;

        public Folder(AnalyticsMap map)
        {
            _events = new BucketEvents(map);
        }

        public AnalyticsState State => _events.State;

        public void Fold(Chunk[] chunks, int bucket)
        {
            var n = 0;
            foreach (var chunk in chunks)
            {
                n += chunk.Bucket(bucket).Length;
            }

            if (n == 0)
            {
                return;
            }

            _events.Reserve(n);
            var customer = _events.Customer.AsSpan(0, n);
            var ticks = _events.Ticks.AsSpan(0, n);
            var stage = _events.Stage.AsSpan(0, n);
            var customers = _customers;
            var i = 0;
            var extended = _events.State.Map.IsExtended;
            foreach (var chunk in chunks)
            {
                var records = chunk.Bucket(bucket);
                if (extended)
                {
                    i = FoldExtended(records, chunk.Values is null ? default : chunk.BucketValues(bucket), i);
                    records.Clear();
                    continue;
                }

                foreach (ref readonly var r in records)
                {
                    customer[i] = customers.GetOrAdd(r.Hash, r.CustomerId);
                    ticks[i] = r.Ticks;
                    stage[i++] = r.Stage;
                }

                // The records hold the id strings: clear them (while they are in cache) so that the
                // pooled array keeps no customer alive.
                records.Clear();
            }

            _events.Fold(customers.Count, n);
            customers.Clear();
        }

        /// <summary>The decoding loop with customer ids kept and each customer's breakdown value attributed (events in input order, so the position is the index).</summary>
        private int FoldExtended(ReadOnlySpan<Record> records, Span<string?> values, int i)
        {
            var events = _events;
            var customers = _customers;
            var keepIds = events.State.Rows is not null;
            var breakdown = !values.IsEmpty;
            for (var r = 0; r < records.Length; r++)
            {
                ref readonly var record = ref records[r];
                var before = customers.Count;
                var c = customers.GetOrAdd(record.Hash, record.CustomerId);
                var first = c == before;
                if (first && keepIds)
                {
                    events.Ids.Add(record.CustomerId);
                }

                if (breakdown && events.Wins(c, first, record.Ticks, record.Stage, i))
                {
                    events.Groups[c] = values[r];
                }

                events.Customer[i] = c;
                events.Ticks[i] = record.Ticks;
                events.Stage[i++] = record.Stage;
            }

            if (breakdown)
            {
                values.Clear();
            }

            return i;
        }
    }
}
