using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace JourneyKit.Metrics;

/// <summary>The x86 kernels: sums of absolute deviations with <c>psadbw</c>.</summary>
internal static partial class RatingCounter
{
    // Why sums of absolute deviations rather than compare-and-count:
    // - psadbw (SumAbsoluteDifferences) against a broadcast constant c adds |x − c| over each 8 bytes into a
    //   64-bit lane in one instruction, so each constant costs one psadbw and one 64-bit add per vector.
    //   That is 24 simple operations per vector for the 11 NPS values, against 33 for compare (AVX-512
    //   compares write a mask register that must be turned back into a vector) and no byte-lane counters,
    //   so no flush every 255 vectors and no overflow to guard.
    // - The counts come back exactly as second differences (see CountsFromDeviations), and bytes outside
    //   the range contribute nothing to any count, which is how they are detected.
    // - The 12 accumulators and 12 constants stay in registers with AVX-512 (32 of them); with AVX2 the
    //   JIT reads the constants from memory operands, which costs loads, not dependencies.
    // - One vector per iteration is enough: the 12 accumulators are independent chains of 1-cycle adds,
    //   and unrolling to two vectors measured no faster (psadbw throughput, then memory, is the limit).
    // Each lane sums at most 8 · 255 per vector, so 64-bit lanes cannot overflow for any span length.

    /// <summary>Sums |x − (first + k)| for k = 0..11 over the whole 64-byte vectors of <paramref name="ratings"/> with AVX-512BW.</summary>
    /// <returns>The number of bytes covered (a multiple of 64).</returns>
    internal static int SumDeviations512(ReadOnlySpan<byte> ratings, byte first, Span<long> deviations)
    {
        ref var start = ref MemoryMarshal.GetReference(ratings);
        var covered = ratings.Length - (ratings.Length % Vector512<byte>.Count);
        var c0 = Vector512.Create(first);
        var c1 = Vector512.Create((byte)(first + 1));
        var c2 = Vector512.Create((byte)(first + 2));
        var c3 = Vector512.Create((byte)(first + 3));
        var c4 = Vector512.Create((byte)(first + 4));
        var c5 = Vector512.Create((byte)(first + 5));
        var c6 = Vector512.Create((byte)(first + 6));
        var c7 = Vector512.Create((byte)(first + 7));
        var c8 = Vector512.Create((byte)(first + 8));
        var c9 = Vector512.Create((byte)(first + 9));
        var c10 = Vector512.Create((byte)(first + 10));
        var c11 = Vector512.Create((byte)(first + 11));
        Vector512<ulong> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        Vector512<ulong> a6 = default, a7 = default, a8 = default, a9 = default, a10 = default, a11 = default;
        for (nuint i = 0; i < (nuint)covered; i += (nuint)Vector512<byte>.Count)
        {
            var x = Vector512.LoadUnsafe(ref start, i);
            a0 += Avx512BW.SumAbsoluteDifferences(x, c0).AsUInt64();
            a1 += Avx512BW.SumAbsoluteDifferences(x, c1).AsUInt64();
            a2 += Avx512BW.SumAbsoluteDifferences(x, c2).AsUInt64();
            a3 += Avx512BW.SumAbsoluteDifferences(x, c3).AsUInt64();
            a4 += Avx512BW.SumAbsoluteDifferences(x, c4).AsUInt64();
            a5 += Avx512BW.SumAbsoluteDifferences(x, c5).AsUInt64();
            a6 += Avx512BW.SumAbsoluteDifferences(x, c6).AsUInt64();
            a7 += Avx512BW.SumAbsoluteDifferences(x, c7).AsUInt64();
            a8 += Avx512BW.SumAbsoluteDifferences(x, c8).AsUInt64();
            a9 += Avx512BW.SumAbsoluteDifferences(x, c9).AsUInt64();
            a10 += Avx512BW.SumAbsoluteDifferences(x, c10).AsUInt64();
            a11 += Avx512BW.SumAbsoluteDifferences(x, c11).AsUInt64();
        }
        deviations[0] = (long)Vector512.Sum(a0);
        deviations[1] = (long)Vector512.Sum(a1);
        deviations[2] = (long)Vector512.Sum(a2);
        deviations[3] = (long)Vector512.Sum(a3);
        deviations[4] = (long)Vector512.Sum(a4);
        deviations[5] = (long)Vector512.Sum(a5);
        deviations[6] = (long)Vector512.Sum(a6);
        deviations[7] = (long)Vector512.Sum(a7);
        deviations[8] = (long)Vector512.Sum(a8);
        deviations[9] = (long)Vector512.Sum(a9);
        deviations[10] = (long)Vector512.Sum(a10);
        deviations[11] = (long)Vector512.Sum(a11);
        return covered;
    }

    /// <summary>Sums |x − (first + k)| for k = 0..11 over the whole 32-byte vectors of <paramref name="ratings"/> with AVX2.</summary>
    /// <returns>The number of bytes covered (a multiple of 32).</returns>
    internal static int SumDeviations256(ReadOnlySpan<byte> ratings, byte first, Span<long> deviations)
    {
        ref var start = ref MemoryMarshal.GetReference(ratings);
        var covered = ratings.Length - (ratings.Length % Vector256<byte>.Count);
        var c0 = Vector256.Create(first);
        var c1 = Vector256.Create((byte)(first + 1));
        var c2 = Vector256.Create((byte)(first + 2));
        var c3 = Vector256.Create((byte)(first + 3));
        var c4 = Vector256.Create((byte)(first + 4));
        var c5 = Vector256.Create((byte)(first + 5));
        var c6 = Vector256.Create((byte)(first + 6));
        var c7 = Vector256.Create((byte)(first + 7));
        var c8 = Vector256.Create((byte)(first + 8));
        var c9 = Vector256.Create((byte)(first + 9));
        var c10 = Vector256.Create((byte)(first + 10));
        var c11 = Vector256.Create((byte)(first + 11));
        Vector256<ulong> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        Vector256<ulong> a6 = default, a7 = default, a8 = default, a9 = default, a10 = default, a11 = default;
        for (nuint i = 0; i < (nuint)covered; i += (nuint)Vector256<byte>.Count)
        {
            var x = Vector256.LoadUnsafe(ref start, i);
            a0 += Avx2.SumAbsoluteDifferences(x, c0).AsUInt64();
            a1 += Avx2.SumAbsoluteDifferences(x, c1).AsUInt64();
            a2 += Avx2.SumAbsoluteDifferences(x, c2).AsUInt64();
            a3 += Avx2.SumAbsoluteDifferences(x, c3).AsUInt64();
            a4 += Avx2.SumAbsoluteDifferences(x, c4).AsUInt64();
            a5 += Avx2.SumAbsoluteDifferences(x, c5).AsUInt64();
            a6 += Avx2.SumAbsoluteDifferences(x, c6).AsUInt64();
            a7 += Avx2.SumAbsoluteDifferences(x, c7).AsUInt64();
            a8 += Avx2.SumAbsoluteDifferences(x, c8).AsUInt64();
            a9 += Avx2.SumAbsoluteDifferences(x, c9).AsUInt64();
            a10 += Avx2.SumAbsoluteDifferences(x, c10).AsUInt64();
            a11 += Avx2.SumAbsoluteDifferences(x, c11).AsUInt64();
        }
        deviations[0] = (long)Vector256.Sum(a0);
        deviations[1] = (long)Vector256.Sum(a1);
        deviations[2] = (long)Vector256.Sum(a2);
        deviations[3] = (long)Vector256.Sum(a3);
        deviations[4] = (long)Vector256.Sum(a4);
        deviations[5] = (long)Vector256.Sum(a5);
        deviations[6] = (long)Vector256.Sum(a6);
        deviations[7] = (long)Vector256.Sum(a7);
        deviations[8] = (long)Vector256.Sum(a8);
        deviations[9] = (long)Vector256.Sum(a9);
        deviations[10] = (long)Vector256.Sum(a10);
        deviations[11] = (long)Vector256.Sum(a11);
        return covered;
    }

    /// <summary>Sums |x − (first + k)| for k = 0..11 over the whole 16-byte vectors of <paramref name="ratings"/> with SSE2.</summary>
    /// <returns>The number of bytes covered (a multiple of 16).</returns>
    internal static int SumDeviations128(ReadOnlySpan<byte> ratings, byte first, Span<long> deviations)
    {
        ref var start = ref MemoryMarshal.GetReference(ratings);
        var covered = ratings.Length - (ratings.Length % Vector128<byte>.Count);
        var c0 = Vector128.Create(first);
        var c1 = Vector128.Create((byte)(first + 1));
        var c2 = Vector128.Create((byte)(first + 2));
        var c3 = Vector128.Create((byte)(first + 3));
        var c4 = Vector128.Create((byte)(first + 4));
        var c5 = Vector128.Create((byte)(first + 5));
        var c6 = Vector128.Create((byte)(first + 6));
        var c7 = Vector128.Create((byte)(first + 7));
        var c8 = Vector128.Create((byte)(first + 8));
        var c9 = Vector128.Create((byte)(first + 9));
        var c10 = Vector128.Create((byte)(first + 10));
        var c11 = Vector128.Create((byte)(first + 11));
        Vector128<ulong> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        Vector128<ulong> a6 = default, a7 = default, a8 = default, a9 = default, a10 = default, a11 = default;
        for (nuint i = 0; i < (nuint)covered; i += (nuint)Vector128<byte>.Count)
        {
            var x = Vector128.LoadUnsafe(ref start, i);
            a0 += Sse2.SumAbsoluteDifferences(x, c0).AsUInt64();
            a1 += Sse2.SumAbsoluteDifferences(x, c1).AsUInt64();
            a2 += Sse2.SumAbsoluteDifferences(x, c2).AsUInt64();
            a3 += Sse2.SumAbsoluteDifferences(x, c3).AsUInt64();
            a4 += Sse2.SumAbsoluteDifferences(x, c4).AsUInt64();
            a5 += Sse2.SumAbsoluteDifferences(x, c5).AsUInt64();
            a6 += Sse2.SumAbsoluteDifferences(x, c6).AsUInt64();
            a7 += Sse2.SumAbsoluteDifferences(x, c7).AsUInt64();
            a8 += Sse2.SumAbsoluteDifferences(x, c8).AsUInt64();
            a9 += Sse2.SumAbsoluteDifferences(x, c9).AsUInt64();
            a10 += Sse2.SumAbsoluteDifferences(x, c10).AsUInt64();
            a11 += Sse2.SumAbsoluteDifferences(x, c11).AsUInt64();
        }
        deviations[0] = (long)Vector128.Sum(a0);
        deviations[1] = (long)Vector128.Sum(a1);
        deviations[2] = (long)Vector128.Sum(a2);
        deviations[3] = (long)Vector128.Sum(a3);
        deviations[4] = (long)Vector128.Sum(a4);
        deviations[5] = (long)Vector128.Sum(a5);
        deviations[6] = (long)Vector128.Sum(a6);
        deviations[7] = (long)Vector128.Sum(a7);
        deviations[8] = (long)Vector128.Sum(a8);
        deviations[9] = (long)Vector128.Sum(a9);
        deviations[10] = (long)Vector128.Sum(a10);
        deviations[11] = (long)Vector128.Sum(a11);
        return covered;
    }
}
