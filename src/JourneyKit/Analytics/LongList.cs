namespace JourneyKit.Analytics;

/// <summary>A growable list of <see cref="long"/> values with span access, for time deltas.</summary>
internal sealed class LongList
{
    private long[] _items = [];

    public int Count { get; private set; }

    public Span<long> AsSpan() => _items.AsSpan(0, Count);

    public void Add(long value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        }

        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<long> values)
    {
        if (Count + values.Length > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + values.Length, _items.Length * 2));
        }

        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }
}
