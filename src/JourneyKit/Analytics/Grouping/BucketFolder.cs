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
    private readonly bool _breakdown;
    private readonly bool _extended;

    /// <summary>The breakdown values met by this folder, interned (kept across buckets: a breakdown column has few values).</summary>
    private readonly CustomerTable _values = new(64);
    private readonly List<string> _valueText = [];

    public BucketFolder(AnalyticsMap map)
    {
        _events = new BucketEvents(map);
        _breakdown = map.Breakdown is not null;
        _extended = map.IsExtended;
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

            var before = _customers.Count;
            var c = _customers.GetOrAdd(IdHash.Compute(key), key);
            customer[n] = c;
            ticks[n] = BinaryPrimitives.ReadInt64LittleEndian(records[p..]);
            stage[n] = records[p + 8];
            p += 9;
            if (_extended)
            {
                p = DecodeExtended(records, p, key, c, c == before, ticks[n], stage[n]);
            }

            n++;
        }

        return n;
    }

    /// <summary>Keeps a new customer's id (when rows are kept) and reads the breakdown part of a record written by <see cref="BucketWriter.AddWithValue"/>; returns the position after the record.</summary>
    private int DecodeExtended(ReadOnlySpan<byte> records, int p, ReadOnlySpan<byte> key, int c, bool first, long ticks, int stage)
    {
        var events = _events;
        if (first && events.State.Rows is not null)
        {
            events.Ids.Add(System.Text.Encoding.UTF8.GetString(key));
        }

        if (!_breakdown)
        {
            return p;
        }

        var position = BinaryPrimitives.ReadInt64LittleEndian(records[p..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(records[(p + 8)..]);
        var value = records.Slice(p + 12, length);
        if (events.Wins(c, first, ticks, stage, position))
        {
            string? text = null;
            if (length > 0)
            {
                var index = _values.GetOrAdd(IdHash.Compute(value), value);
                if (index == _valueText.Count)
                {
                    _valueText.Add(System.Text.Encoding.UTF8.GetString(value));
                }

                text = _valueText[index];
            }

            events.Groups[c] = text;
        }

        return p + 12 + length;
    }
}
