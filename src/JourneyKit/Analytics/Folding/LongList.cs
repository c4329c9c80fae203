using System.Buffers;

namespace JourneyKit.Analytics;

/// <summary>A growable list of <see cref="long"/> values with span access, for time deltas, on arrays from the shared pool.</summary>
/// <remarks>
/// Growing lists of millions of deltas would otherwise touch fresh memory at every doubling (a page
/// fault per 4 KiB). <see cref="Release"/> gives the array back when the owner is done; a list that is
/// never released simply leaves its array to the garbage collector.
/// </remarks>
internal sealed class LongList
{
    private long[] _items = [];

    public int Count { get; private set; }

    public Span<long> AsSpan() => _items.AsSpan(0, Count);

    public void Add(long value)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<long> values)
    {
        if (Count + values.Length > _items.Length)
        {
            Grow(Count + values.Length);
        }

        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }

    /// <summary>Moves every value of <paramref name="other"/> to the end of this list and empties it: by taking its array when this list is empty, else by copying.</summary>
    public void Absorb(LongList other)
    {
        if (Count == 0 && _items.Length == 0)
        {
            (_items, other._items) = (other._items, []);
            (Count, other.Count) = (other.Count, 0);
            return;
        }

        AddRange(other.AsSpan());
        other.Release();
    }

    /// <summary>Returns the array to the pool and empties the list.</summary>
    public void Release()
    {
        if (_items.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
    }

    private void Grow(int needed)
    {
        var items = ArrayPool<long>.Shared.Rent(Math.Max(needed, Math.Max(16, _items.Length * 2)));
        AsSpan().CopyTo(items);
        if (_items.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_items);
        }

        _items = items;
    }
}
