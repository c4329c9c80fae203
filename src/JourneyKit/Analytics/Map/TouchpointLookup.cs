using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>
/// Finds the touchpoint of an in-memory event from its id string in a few instructions, giving the
/// touchpoint's dense index in the map (<see cref="AnalyticsMap.TouchpointCodes"/>) or
/// <see cref="Unknown"/>.
/// </summary>
/// <remarks>
/// <para>Open addressing, kept at most a quarter full, keyed by a cheap mix of the id's first and last
/// eight bytes and its length, so the id's characters are read once and never hashed in a loop. Each
/// slot remembers the last string instance that matched it: events usually share a handful of id
/// instances, so the common lookup is one reference comparison. Any other instance is compared
/// character by character (ordinal), and then remembered; equality is always decided on the characters
/// or the reference, never on the key.</para>
/// <para>Not thread-safe (the slots are rewritten as instances are remembered): one per worker.</para>
/// </remarks>
internal sealed class TouchpointLookup
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Spread = 0x9E3779B97F4A7C15UL;

    private readonly string?[] _ids;
    private readonly int[] _indices;
    private readonly int _shift;
    private readonly int _mask;
    private readonly ulong _multiplier;

    public TouchpointLookup(AnalyticsMap map)
    {
        var ids = map.TouchpointIds;
        Unknown = ids.Length;
        var bits = 4;
        while ((1 << bits) < ids.Length * 4)
        {
            bits++;
        }

        _ids = new string?[1 << bits];
        _indices = new int[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;

        // Only an id in its first slot is found by the one-comparison fast path: among a few
        // multipliers, take the first that gives every id of the map a slot of its own (for a map of
        // a few dozen touchpoints one nearly always does), else the one that displaces fewest. Large
        // maps cannot avoid collisions that way, so they take the first multiplier and probe.
        var displaced = int.MaxValue;
        var attempts = ids.Length <= 256 ? 64UL : 1UL;
        for (var attempt = 0UL; attempt < attempts && displaced > 0; attempt++)
        {
            var candidate = unchecked(Spread * ((2 * attempt) + 1));
            var taken = new HashSet<int>();
            var collisions = ids.Count(id => !taken.Add(SlotOf(id, candidate, _shift)));
            if (collisions < displaced)
            {
                displaced = collisions;
                _multiplier = candidate;
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var slot = SlotOf(ids[i], _multiplier, _shift);
            while (_ids[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _ids[slot] = ids[i];
            _indices[slot] = i;
        }
    }

    private TouchpointLookup(TouchpointLookup other)
    {
        _ids = [.. other._ids];
        _indices = other._indices;
        _shift = other._shift;
        _mask = other._mask;
        _multiplier = other._multiplier;
        Unknown = other.Unknown;
    }

    /// <summary>A lookup of the same map for another worker: the slots are its own, the multiplier search is not done again.</summary>
    public TouchpointLookup Copy() => new(this);

    /// <summary>The index returned for an id that is not in the map: the number of touchpoints.</summary>
    public int Unknown { get; }

    /// <summary>Returns the dense index of the touchpoint with id <paramref name="touchpointId"/> (not empty), or <see cref="Unknown"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(string touchpointId)
    {
        var slot = SlotOf(touchpointId, _multiplier, _shift);
        var candidate = _ids[slot];
        return ReferenceEquals(candidate, touchpointId) ? _indices[slot] : FindByCharacters(touchpointId, slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindByCharacters(string touchpointId, int slot)
    {
        while (true)
        {
            var candidate = _ids[slot];
            if (candidate is null)
            {
                return Unknown;
            }

            if (ReferenceEquals(candidate, touchpointId) || string.Equals(candidate, touchpointId, StringComparison.Ordinal))
            {
                // Remember this instance: the next event that shares it is found by reference.
                _ids[slot] = touchpointId;
                return _indices[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(string id, ulong multiplier, int shift)
    {
        unchecked
        {
            var bytes = MemoryMarshal.AsBytes(id.AsSpan());
            ulong first;
            ulong last;
            if (bytes.Length >= 8)
            {
                first = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                last = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
            }
            else
            {
                first = IdHash.ReadTail(bytes);
                last = 0;
            }

            var key = (first * Prime1) ^ (last * Prime2) ^ (ulong)bytes.Length;
            return (int)((key * multiplier) >> shift);
        }
    }
}
