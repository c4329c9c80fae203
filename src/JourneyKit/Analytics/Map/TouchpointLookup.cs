using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace JourneyKit.Analytics;

/// <summary>
/// Finds a touchpoint from its id in a few instructions — as an in-memory string or as the UTF-8 bytes
/// of a CSV field — giving the touchpoint's dense index in the map (its place in
/// <see cref="AnalyticsMap.TouchpointIds"/> and <see cref="AnalyticsMap.TouchpointCodes"/>) or
/// <see cref="Unknown"/>.
/// </summary>
/// <remarks>
/// <para>Strings: open addressing, kept at most a quarter full, keyed by a cheap mix of the id's first and
/// last eight bytes and its length, so the id's characters are read once and never hashed in a loop. Each
/// slot remembers the last string instance that matched it: events usually share a handful of id
/// instances, so the common lookup is one reference comparison. Any other instance is compared
/// character by character (ordinal), and then remembered; equality is always decided on the characters
/// or the reference, never on the key.</para>
/// <para>UTF-8 bytes: a second open-addressing table over the ids' UTF-8 bytes, keyed by
/// <see cref="IdHash"/> (kept per slot, so a probe compares bytes only when the hashes agree), found
/// without allocating.</para>
/// <para><see cref="Find(ReadOnlySpan{byte})"/> only reads, and is safe from several threads at once.
/// <see cref="Find(string)"/> rewrites slots as instances are remembered: one lookup per thread that
/// finds strings (<see cref="Copy"/>).</para>
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

    // The UTF-8 table: read-only once built, so copies share it.
    private readonly ulong[] _utf8Hashes;
    private readonly byte[][] _utf8Keys;
    private readonly int[] _utf8Indices;
    private readonly int _utf8Mask;

    /// <summary>Prepares the lookup of <paramref name="ids"/>: an id's dense index is its place there.</summary>
    public TouchpointLookup(string[] ids)
    {
        Unknown = ids.Length;
        (_utf8Hashes, _utf8Keys, _utf8Indices, _utf8Mask) = Utf8Table(ids);
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
        _utf8Hashes = other._utf8Hashes;
        _utf8Keys = other._utf8Keys;
        _utf8Indices = other._utf8Indices;
        _utf8Mask = other._utf8Mask;
        Unknown = other.Unknown;
    }

    /// <summary>A lookup of the same ids for another thread: the string slots are its own, the multiplier search is not done again, the UTF-8 table is shared.</summary>
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

    /// <summary>Returns the dense index of the touchpoint whose id has the UTF-8 bytes <paramref name="utf8Id"/>, or <see cref="Unknown"/>.</summary>
    public int Find(ReadOnlySpan<byte> utf8Id)
    {
        var hash = IdHash.Compute(utf8Id);
        var slot = (int)(hash & (ulong)_utf8Mask);
        while (true)
        {
            var candidate = _utf8Keys[slot];
            if (candidate is null)
            {
                return Unknown;
            }

            if (_utf8Hashes[slot] == hash && utf8Id.SequenceEqual(candidate))
            {
                return _utf8Indices[slot];
            }

            slot = (slot + 1) & _utf8Mask;
        }
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

    /// <summary>The ids' UTF-8 bytes by <see cref="IdHash"/> in open addressing, at most a quarter full.</summary>
    private static (ulong[] Hashes, byte[][] Keys, int[] Indices, int Mask) Utf8Table(string[] ids)
    {
        var size = 16;
        while (size < ids.Length * 4)
        {
            size *= 2;
        }

        var hashes = new ulong[size];
        var keys = new byte[size][];
        var indices = new int[size];
        var mask = size - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            var key = Encoding.UTF8.GetBytes(ids[i]);
            var hash = IdHash.Compute(key);
            var slot = (int)(hash & (ulong)mask);
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            hashes[slot] = hash;
            keys[slot] = key;
            indices[slot] = i;
        }

        return (hashes, keys, indices, mask);
    }
}
