using System.Buffers.Binary;

namespace JourneyKit.Analytics;

/// <summary>
/// Folds buckets on one thread: decodes a bucket's records, interns its customers in a table that
/// stays in cache, groups their events and folds each customer into <see cref="State"/> (<see cref="BucketEvents"/>).
/// </summary>
internal sealed class BucketFolder
{
    private readonly CustomerTable _customers = new();
    private readonly BucketEvents _events;

    public BucketFolder(AnalyticsMap map)
    {
        _events = new BucketEvents(map);
    }

    public AnalyticsState State => _events.State;

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

        _events.Fold(_customers.Count, n);
        _customers.Clear();
    }

    private int Decode(ReadOnlySpan<byte> records, int n)
    {
        var events = _events;
        var customer = events.Customer;
        var ticks = events.Ticks;
        var stage = events.Stage;
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
            if (n == customer.Length)
            {
                events.Reserve(n * 2);
                (customer, ticks, stage) = (events.Customer, events.Ticks, events.Stage);
            }

            customer[n] = _customers.GetOrAdd(IdHash.Compute(key), key);
            ticks[n] = BinaryPrimitives.ReadInt64LittleEndian(records[p..]);
            stage[n] = records[p + 8];
            p += 9;
            n++;
        }

        return n;
    }
}
