namespace JourneyKit.Analytics;

/// <summary>
/// Interns in-memory customer ids: gives every distinct id (compared ordinally, char for char) a
/// dense index 0, 1, 2 … in order of first appearance, working on the strings themselves.
/// </summary>
/// <remarks>
/// Linear probing over 8-byte slots (the id's 32-bit hash and its index + 1) kept at most half full;
/// the ids live in a dense array. A lookup compares hashes first, then the reference (events usually
/// share one string instance per customer), and only then the characters. The hash only picks the
/// slot: equality is always decided on the id. Not thread-safe: each folding thread owns one table.
/// </remarks>
internal sealed class StringCustomerTable
{
    private ulong[] _slots = new ulong[1024];
    private int _mask = 1023;
    private string[] _ids = new string[512];

    /// <summary>The number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every id, keeping the memory for the next use.</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            Array.Clear(_slots);
            Array.Clear(_ids, 0, Count);
            Count = 0;
        }
    }

    /// <summary>Returns the index of <paramref name="id"/>, adding it when new.</summary>
    /// <param name="hash">The id's <see cref="StringEventFold.HashOf"/> (any hash that equal ids share).</param>
    /// <param name="id">The id.</param>
    public int GetOrAdd(int hash, string id)
    {
        var slots = _slots;
        var mask = _mask;
        var h = unchecked((uint)hash);
        var slot = (int)(h & (uint)mask);
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return Add(slot, h, id);
            }

            if ((uint)(entry >> 32) == h)
            {
                var index = unchecked((int)(uint)entry) - 1;
                var candidate = _ids[index];
                if (ReferenceEquals(candidate, id) || string.Equals(candidate, id, StringComparison.Ordinal))
                {
                    return index;
                }
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(int slot, uint hash, string id)
    {
        var index = Count;
        if (index == _ids.Length)
        {
            Array.Resize(ref _ids, index * 2);
        }

        _ids[index] = id;
        _slots[slot] = ((ulong)hash << 32) | unchecked((uint)(index + 1));
        Count = index + 1;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return index;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new ulong[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                var slot = unchecked((int)((uint)(entry >> 32) & (uint)mask));
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }
        }

        _slots = slots;
        _mask = mask;
    }
}
