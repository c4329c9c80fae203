using System.Runtime.CompilerServices;

namespace JourneyKit.Analytics;

/// <summary>
/// The in-memory, any-order path: folds already-parsed events working on their strings directly,
/// without copying any id into a byte buffer.
/// </summary>
/// <remarks>
/// <para>Events arrive in spans (a whole array or list, or chunks read from an enumerable). For each
/// span, first every worker takes a slice and, per event, checks it, finds its touchpoint (by string
/// reference first: consecutive events share a few touchpoint instances) and hashes the customer id
/// once with <see cref="string.GetHashCode()"/>. Then each of <c>P</c> partitions (chosen by the
/// top bits of that hash, so partitions hold disjoint customers) scans the hashes, interns the ids of
/// its own customers in a <see cref="StringCustomerTable"/> and appends (customer index, UTC ticks,
/// stage) to its own columns. At the end every partition groups its events with a counting sort and
/// folds them into its own <see cref="AnalyticsState"/>; the partial states merge exactly.</para>
/// <para>The string hash is randomized per process; it only splits the work inside one run, and the
/// result does not depend on which partition a customer lands in, so nothing that leaves the process
/// depends on it.</para>
/// <para>Not thread-safe: one instance per analysis, fed from one thread.</para>
/// </remarks>
internal sealed class StringEventFold
{
    private const byte Skip = 0xFF;
    private const int MinEventsPerWorker = 1 << 14;

    private readonly AnalyticsMap _map;
    private readonly int _parallelism;
    private readonly Partition[] _partitions;
    private readonly object _countsLock = new();
    private EventCounts _counts;
    private int[] _hashes = [];
    private byte[] _stages = [];

    public StringEventFold(AnalyticsMap map, int parallelism)
    {
        _map = map;
        _parallelism = parallelism;
        _partitions = new Partition[parallelism];
        for (var p = 0; p < parallelism; p++)
        {
            _partitions[p] = new Partition();
        }
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

        if (_hashes.Length < length)
        {
            _hashes = GC.AllocateUninitializedArray<int>(length);
            _stages = GC.AllocateUninitializedArray<byte>(length);
        }

        var hashes = _hashes;
        var stages = _stages;
        var workers = Math.Max(1, Math.Min(_parallelism, length / MinEventsPerWorker));
        if (workers == 1)
        {
            Scan(slice(0, length), hashes, stages);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            {
                var from = (int)((long)length * w / workers);
                var to = (int)((long)length * (w + 1) / workers);
                Scan(slice(from, to), hashes.AsSpan(from, to - from), stages.AsSpan(from, to - from));
            });
        }

        var partitions = _partitions.Length;
        if (partitions == 1 || workers == 1)
        {
            for (var p = 0; p < partitions; p++)
            {
                _partitions[p].Intern(slice(0, length), hashes.AsSpan(0, length), stages.AsSpan(0, length), p, partitions);
            }
        }
        else
        {
            Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
                _partitions[p].Intern(slice(0, length), hashes.AsSpan(0, length), stages.AsSpan(0, length), p, partitions));
        }
    }

    /// <summary>Folds every partition and merges them with the event counts.</summary>
    public AnalyticsState Finish()
    {
        var states = new AnalyticsState[_partitions.Length];
        Parallel.For(0, _partitions.Length, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, p =>
            states[p] = _partitions[p].Fold(_map));
        var result = states[0];
        for (var p = 1; p < states.Length; p++)
        {
            result.Merge(states[p]);
        }

        result.AddCounts(_counts);
        return result;
    }

    /// <summary>The partition of a customer hash: its top bits, so that the low bits stay free for the table's slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PartitionOf(int hash, int partitions) => unchecked((int)(((ulong)(uint)hash * (uint)partitions) >> 32));

    private void Scan(ReadOnlySpan<JourneyEvent> events, Span<int> hashes, Span<byte> stages)
    {
        // Events usually share a few touchpoint id instances: remember the code of each instance seen
        // (by reference, so a hit costs no hashing and no comparison of characters).
        var seen = new string?[64];
        var seenCodes = new int[64];
        var map = _map;
        var counts = default(EventCounts);
        string? lastTouchpoint = null;
        var lastCode = -1;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            var customerId = e.CustomerId;
            var touchpointId = e.TouchpointId;
            if (string.IsNullOrEmpty(customerId) || string.IsNullOrEmpty(touchpointId))
            {
                counts.Malformed++;
                stages[i] = Skip;
                continue;
            }

            counts.Events++;
            int code;
            if (ReferenceEquals(touchpointId, lastTouchpoint))
            {
                code = lastCode;
            }
            else
            {
                var slot = RuntimeHelpers.GetHashCode(touchpointId) & 63;
                if (ReferenceEquals(seen[slot], touchpointId))
                {
                    code = seenCodes[slot];
                }
                else
                {
                    code = map.FindTouchpoint(touchpointId);
                    seen[slot] = touchpointId;
                    seenCodes[slot] = code;
                }

                lastTouchpoint = touchpointId;
                lastCode = code;
            }

            if (code < 0)
            {
                counts.Unknown++;
                stages[i] = Skip;
                continue;
            }

            counts.CountKnown(code);
            stages[i] = (byte)AnalyticsMap.StageOf(code);
            hashes[i] = customerId.GetHashCode();
        }

        lock (_countsLock)
        {
            _counts.Add(counts);
        }
    }

    /// <summary>The customers of one partition and their events, as columns.</summary>
    private sealed class Partition
    {
        private readonly StringCustomerTable _customers = new();
        private int[] _customer = new int[1024];
        private long[] _ticks = new long[1024];
        private byte[] _stage = new byte[1024];
        private int _count;

        public void Intern(ReadOnlySpan<JourneyEvent> events, ReadOnlySpan<int> hashes, ReadOnlySpan<byte> stages, int partition, int partitions)
        {
            var customers = _customers;
            for (var i = 0; i < events.Length; i++)
            {
                var stage = stages[i];
                if (stage == Skip)
                {
                    continue;
                }

                var hash = hashes[i];
                if (partitions > 1 && PartitionOf(hash, partitions) != partition)
                {
                    continue;
                }

                ref readonly var e = ref events[i];
                var n = _count;
                if (n == _customer.Length)
                {
                    Grow(n);
                }

                _customer[n] = customers.GetOrAdd(hash, e.CustomerId);
                _ticks[n] = e.Timestamp.UtcTicks;
                _stage[n] = stage;
                _count = n + 1;
            }
        }

        public AnalyticsState Fold(AnalyticsMap map)
        {
            var state = new AnalyticsState(map);
            var n = _count;
            if (n == 0)
            {
                return state;
            }

            // Counting sort by the dense customer index: two linear passes.
            var customers = _customers.Count;
            var ends = new int[customers + 1];
            var customer = _customer.AsSpan(0, n);
            foreach (var c in customer)
            {
                ends[c + 1]++;
            }

            for (var c = 1; c <= customers; c++)
            {
                ends[c] += ends[c - 1];
            }

            var sorted = GC.AllocateUninitializedArray<TimedStage>(n);
            var ticks = _ticks;
            var stage = _stage;
            for (var i = 0; i < n; i++)
            {
                sorted[ends[customer[i]]++] = new TimedStage(ticks[i], stage[i]);
            }

            var folder = new CustomerFolder(state);
            var start = 0;
            for (var c = 0; c < customers; c++)
            {
                var end = ends[c];
                folder.FoldCustomer(sorted.AsSpan(start, end - start));
                start = end;
            }

            return state;
        }

        private void Grow(int n)
        {
            var size = checked(n * 2);
            Array.Resize(ref _customer, size);
            Array.Resize(ref _ticks, size);
            Array.Resize(ref _stage, size);
        }
    }
}
