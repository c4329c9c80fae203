using System.Buffers.Binary;

namespace JourneyKit.Analytics;

/// <summary>
/// Folds buckets on one thread: decodes a bucket's records, interns its customers in a table that
/// stays in cache, groups their events (<see cref="CustomerGrouping"/>) and folds each customer into <see cref="State"/>.
/// </summary>
internal sealed class BucketFolder
{
    private readonly CustomerTable _customers = new();
    private readonly CustomerFolder _folder;
    private int[] _customer = new int[1024];
    private long[] _ticks = new long[1024];
    private byte[] _stage = new byte[1024];
    private readonly CustomerGrouping _grouping = new();

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

        _grouping.Begin(_customers.Count, n);
        var customer = _customer.AsSpan(0, n);
        _grouping.Count(customer);
        _grouping.Place(customer, _ticks.AsSpan(0, n), _stage.AsSpan(0, n));
        _grouping.FoldEach(_folder);
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
}
