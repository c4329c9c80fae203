using System.Buffers.Binary;

namespace JourneyKit.Analytics;

/// <summary>
/// Folds buckets on one thread: decodes a bucket's records, interns its customers in a table that
/// stays in cache, groups their events with a counting sort and folds each customer into <see cref="State"/>.
/// </summary>
internal sealed class BucketFolder
{
    private readonly CustomerTable _customers = new();
    private readonly CustomerFolder _folder;
    private int[] _customer = new int[1024];
    private long[] _ticks = new long[1024];
    private byte[] _stage = new byte[1024];
    private int[] _ends = new int[1024];
    private TimedStage[] _sorted = new TimedStage[1024];

    public BucketFolder(AnalyticsMap map)
    {
        State = new AnalyticsState(map);
        _folder = new CustomerFolder(State);
    }

    public AnalyticsState State { get; }

    public void Fold(BucketWriter[] writers, int bucket)
    {
        var n = 0;
        foreach (var writer in writers)
        {
            foreach (var segment in writer.Segments(bucket))
            {
                n = Decode(segment, n);
            }

            writer.Release(bucket);
        }

        if (n == 0)
        {
            return;
        }

        // Counting sort by the dense customer index: two linear passes over cache-resident arrays.
        var customers = _customers.Count;
        var ends = Ensure(ref _ends, customers + 1);
        ends[..(customers + 1)].Clear();
        var customer = _customer.AsSpan(0, n);
        foreach (var c in customer)
        {
            ends[c + 1]++;
        }

        for (var c = 1; c <= customers; c++)
        {
            ends[c] += ends[c - 1];
        }

        var sorted = Ensure(ref _sorted, n);
        var ticks = _ticks;
        var stage = _stage;
        for (var i = 0; i < n; i++)
        {
            sorted[ends[customer[i]]++] = new TimedStage(ticks[i], stage[i]);
        }

        var start = 0;
        for (var c = 0; c < customers; c++)
        {
            var end = ends[c];
            _folder.FoldCustomer(sorted.Slice(start, end - start));
            start = end;
        }

        _customers.Clear();
    }

    private int Decode(ReadOnlySpan<byte> records, int n)
    {
        var p = 0;
        while (p < records.Length)
        {
            int length = records[p];
            if (length < 255)
            {
                p++;
            }
            else
            {
                length = BinaryPrimitives.ReadInt32LittleEndian(records[(p + 1)..]);
                p += 5;
            }

            var key = records.Slice(p, length);
            p += length;
            if (n == _customer.Length)
            {
                Grow(n * 2);
            }

            _customer[n] = _customers.GetOrAdd(IdHash.Compute(key), key);
            _ticks[n] = BinaryPrimitives.ReadInt64LittleEndian(records[p..]);
            _stage[n] = records[p + 8];
            p += 9;
            n++;
        }

        return n;
    }

    private void Grow(int size)
    {
        Array.Resize(ref _customer, size);
        Array.Resize(ref _ticks, size);
        Array.Resize(ref _stage, size);
    }

    private static Span<T> Ensure<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
