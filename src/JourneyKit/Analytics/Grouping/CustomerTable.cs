using System.Buffers.Binary;

namespace JourneyKit.Analytics;

/// <summary>
/// Interns customer ids: gives every distinct id (compared byte for byte) a dense index 0, 1, 2 …
/// in order of first appearance.
/// </summary>
/// <remarks>
/// Linear probing over 32-byte slots kept at most half full. An id of up to 16 bytes lives inside
/// its slot, so finding a customer touches one cache line; a longer id lives in an arena and costs
/// one more. The hash picks the slot, but equality is always decided on the bytes.
/// Not thread-safe: each folding thread owns one table.
/// </remarks>
internal sealed class CustomerTable
{
    private const int InlineBytes = 16;

    private Slot[] _slots;
    private int _mask;
    private byte[] _arena = [];
    private int _arenaLength;

    public CustomerTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
    }

    /// <summary>The number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every id, keeping the memory for the next use.</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            Array.Clear(_slots);
            Count = 0;
            _arenaLength = 0;
        }
    }

    /// <summary>Returns the index of the id, adding it when new.</summary>
    /// <param name="hash">The id's <see cref="IdHash.Compute"/>.</param>
    /// <param name="key">The id's bytes.</param>
    public int GetOrAdd(ulong hash, ReadOnlySpan<byte> key)
    {
        // Hash 0 marks an empty slot; a real 0 is stored as 1 (the bytes still decide equality).
        if (hash == 0)
        {
            hash = 1;
        }

        ulong k0 = 0, k1 = 0;
        var inline = key.Length <= InlineBytes;
        if (inline)
        {
            Pack(key, out k0, out k1);
        }

        var slots = _slots;
        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            ref var s = ref slots[slot];
            if (s.Hash == 0)
            {
                return Add(ref s, hash, key, inline, k0, k1);
            }

            if (s.Hash == hash && s.Length == key.Length)
            {
                if (inline ? (s.Key0 == k0 && s.Key1 == k1) : key.SequenceEqual(_arena.AsSpan((int)s.Key0, key.Length)))
                {
                    return s.Customer;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Add(ref Slot s, ulong hash, ReadOnlySpan<byte> key, bool inline, ulong k0, ulong k1)
    {
        var customer = Count;
        s.Hash = hash;
        s.Customer = customer;
        s.Length = key.Length;
        if (inline)
        {
            s.Key0 = k0;
            s.Key1 = k1;
        }
        else
        {
            s.Key0 = (ulong)Store(key);
        }

        Count = customer + 1;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return customer;
    }

    private int Store(ReadOnlySpan<byte> key)
    {
        if (_arenaLength + key.Length > _arena.Length)
        {
            var size = Math.Max(Math.Max(4096, _arena.Length * 2), _arenaLength + key.Length);
            Array.Resize(ref _arena, size);
        }

        var offset = _arenaLength;
        key.CopyTo(_arena.AsSpan(offset));
        _arenaLength += key.Length;
        return offset;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (ref readonly var s in old.AsSpan())
        {
            if (s.Hash != 0)
            {
                var slot = (int)(s.Hash & (ulong)mask);
                while (slots[slot].Hash != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = s;
            }
        }

        _slots = slots;
        _mask = mask;
    }

    private static void Pack(ReadOnlySpan<byte> key, out ulong k0, out ulong k1)
    {
        if (key.Length >= 8)
        {
            k0 = BinaryPrimitives.ReadUInt64LittleEndian(key);
            k1 = key.Length == 16 ? BinaryPrimitives.ReadUInt64LittleEndian(key[8..]) : IdHash.ReadTail(key[8..]);
        }
        else
        {
            k0 = IdHash.ReadTail(key);
            k1 = 0;
        }
    }

    private struct Slot
    {
        public ulong Hash;
        public ulong Key0;
        public ulong Key1;
        public int Customer;
        public int Length;
    }
}
