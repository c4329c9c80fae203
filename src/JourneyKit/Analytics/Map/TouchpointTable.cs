namespace JourneyKit.Analytics;

/// <summary>
/// Finds a touchpoint by the bytes of its id (UTF-8 from CSV, UTF-16 from strings) without
/// allocating: open addressing over a small power-of-two table.
/// </summary>
internal sealed class TouchpointTable
{
    private readonly ulong[] _hashes;
    private readonly byte[][] _keys;
    private readonly int[] _codes;
    private readonly int _mask;

    public TouchpointTable(IReadOnlyList<(byte[] Key, int Code)> entries)
    {
        var size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        _hashes = new ulong[size];
        _keys = new byte[size][];
        _codes = new int[size];
        _mask = size - 1;
        foreach (var (key, code) in entries)
        {
            var hash = IdHash.Compute(key);
            var slot = (int)(hash & (ulong)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _keys[slot] = key;
            _codes[slot] = code;
        }
    }

    /// <summary>Returns the touchpoint's code (see <see cref="AnalyticsMap"/>), or −1 when the id is not in the map.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var hash = IdHash.Compute(key);
        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            var candidate = _keys[slot];
            if (candidate is null)
            {
                return -1;
            }

            if (_hashes[slot] == hash && key.SequenceEqual(candidate))
            {
                return _codes[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }
}
