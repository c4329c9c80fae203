using System.Buffers.Binary;
using System.Numerics;

namespace JourneyKit.Analytics;

/// <summary>
/// A fast, non-cryptographic 64-bit hash of identifier bytes (customer and touchpoint ids).
/// </summary>
/// <remarks>
/// Identity never rests on the hash alone: every table that uses it compares the bytes too, so a
/// collision costs a probe, never a wrong count. Eight bytes are mixed per step and the result goes
/// through MurmurHash3's 64-bit finalizer, so both the low bits (table slots) and the high bits
/// (shard choice) are well spread.
/// </remarks>
internal static class IdHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    public static ulong Compute(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            var h = Prime2 ^ ((ulong)key.Length * Prime1);
            var i = 0;
            for (; key.Length - i >= 8; i += 8)
            {
                h = BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt64LittleEndian(key[i..]) * Prime1), 31) * Prime2;
            }

            if (i < key.Length)
            {
                h = BitOperations.RotateLeft(h ^ (ReadTail(key[i..]) * Prime1), 31) * Prime2;
            }

            return Finalize(h);
        }
    }

    /// <summary>Reads up to seven bytes as a little-endian number, zero padded.</summary>
    public static ulong ReadTail(ReadOnlySpan<byte> tail)
    {
        ulong value = 0;
        for (var j = tail.Length - 1; j >= 0; j--)
        {
            value = (value << 8) | tail[j];
        }

        return value;
    }

    /// <summary>Picks one of <paramref name="count"/> shards from the upper bits (Lemire's range reduction).</summary>
    public static int Shard(ulong hash, int count) => (int)(((hash >> 32) * (ulong)count) >> 32);

    private static ulong Finalize(ulong h)
    {
        unchecked
        {
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
