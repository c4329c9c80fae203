using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace JourneyKit.Analytics;

/// <summary>
/// A fast, non-cryptographic 64-bit hash of identifier bytes (customer and touchpoint ids).
/// </summary>
/// <remarks>
/// Identity never rests on the hash alone: every table that uses it compares the bytes too, so a
/// collision costs a probe, never a wrong count. Eight bytes are mixed per step and the result goes
/// through MurmurHash3's 64-bit finalizer, so both the low bits (table slots) and the high bits
/// (bucket choice) are well spread.
/// </remarks>
internal static class IdHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Compute(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            var length = key.Length;
            if (length is >= 8 and <= 16)
            {
                // Most ids: two (possibly overlapping) words, no loop.
                var a = BinaryPrimitives.ReadUInt64LittleEndian(key);
                var b = BinaryPrimitives.ReadUInt64LittleEndian(key[(length - 8)..]);
                return Finalize((a * Prime1) ^ BitOperations.RotateLeft(b * Prime2, 31) ^ ((ulong)length * Prime2));
            }

            return ComputeAny(key);
        }
    }

    private static ulong ComputeAny(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            var length = key.Length;
            var h = Prime2 ^ ((ulong)length * Prime1);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
