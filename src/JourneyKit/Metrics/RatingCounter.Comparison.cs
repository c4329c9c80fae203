using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace JourneyKit.Metrics;

/// <summary>The portable kernel for CPUs without <c>psadbw</c> (e.g. Arm64): compare and count in byte lanes.</summary>
internal static partial class RatingCounter
{
    /// <summary>Byte lanes count to 255 before they wrap, so the counters are flushed to 64 bits this often.</summary>
    private const int ByteLaneLimit = byte.MaxValue;

    /// <summary>
    /// Counts the values <paramref name="minRating"/>..<paramref name="minRating"/> + counts.Length − 1 (at most 11)
    /// over the whole 16-byte vectors of <paramref name="ratings"/> with portable 128-bit vectors, adding to <paramref name="counts"/>.
    /// </summary>
    /// <returns>The number of bytes covered (a multiple of 16); its out-of-range bytes are not counted.</returns>
    internal static int CountByComparison128(ReadOnlySpan<byte> ratings, int minRating, Span<long> counts)
    {
        ref var start = ref MemoryMarshal.GetReference(ratings);
        var covered = ratings.Length - (ratings.Length % Vector128<byte>.Count);
        // Always 11 comparisons, whatever the range: the accumulators then stay named locals in registers,
        // and counts for values past the range are simply not stored (FitsVectorPath keeps min + 10 ≤ 255).
        var c0 = Vector128.Create((byte)minRating);
        var c1 = Vector128.Create((byte)(minRating + 1));
        var c2 = Vector128.Create((byte)(minRating + 2));
        var c3 = Vector128.Create((byte)(minRating + 3));
        var c4 = Vector128.Create((byte)(minRating + 4));
        var c5 = Vector128.Create((byte)(minRating + 5));
        var c6 = Vector128.Create((byte)(minRating + 6));
        var c7 = Vector128.Create((byte)(minRating + 7));
        var c8 = Vector128.Create((byte)(minRating + 8));
        var c9 = Vector128.Create((byte)(minRating + 9));
        var c10 = Vector128.Create((byte)(minRating + 10));
        Span<long> totals = stackalloc long[11];
        nuint i = 0;
        while (i < (nuint)covered)
        {
            var blockEnd = Math.Min((nuint)covered, i + (nuint)(ByteLaneLimit * Vector128<byte>.Count));
            Vector128<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
            Vector128<byte> a6 = default, a7 = default, a8 = default, a9 = default, a10 = default;
            for (; i < blockEnd; i += (nuint)Vector128<byte>.Count)
            {
                // Equals gives −1 (all bits set) in matching lanes, so subtracting it adds 1.
                var x = Vector128.LoadUnsafe(ref start, i);
                a0 -= Vector128.Equals(x, c0);
                a1 -= Vector128.Equals(x, c1);
                a2 -= Vector128.Equals(x, c2);
                a3 -= Vector128.Equals(x, c3);
                a4 -= Vector128.Equals(x, c4);
                a5 -= Vector128.Equals(x, c5);
                a6 -= Vector128.Equals(x, c6);
                a7 -= Vector128.Equals(x, c7);
                a8 -= Vector128.Equals(x, c8);
                a9 -= Vector128.Equals(x, c9);
                a10 -= Vector128.Equals(x, c10);
            }
            totals[0] += SumBytes(a0);
            totals[1] += SumBytes(a1);
            totals[2] += SumBytes(a2);
            totals[3] += SumBytes(a3);
            totals[4] += SumBytes(a4);
            totals[5] += SumBytes(a5);
            totals[6] += SumBytes(a6);
            totals[7] += SumBytes(a7);
            totals[8] += SumBytes(a8);
            totals[9] += SumBytes(a9);
            totals[10] += SumBytes(a10);
        }
        for (var k = 0; k < counts.Length; k++)
        {
            counts[k] += totals[k];
        }
        return covered;
    }

    /// <summary>Adds the 16 byte lanes without wrapping: widened to 16 bits each lane pair is at most 510.</summary>
    private static long SumBytes(Vector128<byte> lanes)
    {
        var (lower, upper) = Vector128.Widen(lanes);
        return Vector128.Sum(lower + upper);
    }
}
