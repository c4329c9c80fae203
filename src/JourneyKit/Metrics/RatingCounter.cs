using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace JourneyKit.Metrics;

/// <summary>
/// Counts survey ratings stored one per byte into per-value counts, vectorized with the widest SIMD
/// registers the CPU offers (AVX-512, AVX2, SSE2, or portable 128-bit vectors such as Arm AdvSIMD).
/// </summary>
/// <remarks>
/// <para>
/// Ranges of up to 11 values starting at 0 (NPS, 0..10) or up to 10 values starting above 0 (CSAT 1..5,
/// CES 1..7) take the vectorized path; wider ranges are counted by a scalar loop. Both give the same
/// result. Every byte is accounted for: a rating outside the range is never dropped silently but
/// reported with its value and index.
/// </para>
/// <para>
/// How the x86 path works (see <c>RatingCounter.Deviations.cs</c>): instead of comparing every byte with
/// every value, it sums the absolute deviations A(c) = Σ|x − c| for 12 consecutive constants c with one
/// <c>psadbw</c> per constant, and recovers each count exactly as half the second difference
/// A(v − 1) − 2·A(v) + A(v + 1), because |x − v + 1| − 2|x − v| + |x − v − 1| is 2 when x = v and 0
/// for every other integer x.
/// </para>
/// </remarks>
/// <threadsafety>All members are thread-safe: they only read their input and write their output span.</threadsafety>
internal static partial class RatingCounter
{
    /// <summary>The most consecutive values the vectorized path counts (12 constants give 10 or 11 second differences).</summary>
    private const int DeviationConstants = 12;

    /// <summary>
    /// Counts the ratings <paramref name="minRating"/>..<paramref name="maxRating"/> in
    /// <paramref name="ratings"/>: <c>counts[r − minRating]</c> becomes the number of bytes equal to <c>r</c>.
    /// </summary>
    /// <param name="ratings">The ratings, one per byte.</param>
    /// <param name="minRating">The lowest allowed rating, 0..255.</param>
    /// <param name="maxRating">The highest allowed rating, <paramref name="minRating"/>..255.</param>
    /// <param name="counts">Receives the counts; exactly <c>maxRating − minRating + 1</c> elements. It is overwritten, not added to.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when the range is invalid, or when a rating lies outside it: the message names the first such
    /// rating's value and index. <paramref name="counts"/> is unspecified after this exception.
    /// </exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="counts"/> has the wrong length.</exception>
    public static void Count(ReadOnlySpan<byte> ratings, int minRating, int maxRating, Span<long> counts)
    {
        CheckRange(minRating, maxRating, counts.Length);
        counts.Clear();

        var covered = 0;
        if (ratings.Length >= Vector128<byte>.Count && FitsVectorPath(minRating, maxRating))
        {
            covered = CountVectorized(ratings, minRating, maxRating, counts);
            long total = 0;
            foreach (var count in counts)
            {
                total += count;
            }
            // The vector path counts only in-range bytes; a shortfall means some byte was out of range.
            if (total != covered)
            {
                ThrowFirstOutOfRange(ratings, minRating, maxRating);
            }
        }
        CountScalar(ratings, covered, minRating, counts);
    }

    /// <summary>
    /// Counts the ratings <paramref name="minRating"/>..<paramref name="maxRating"/> in <paramref name="ratings"/>.
    /// </summary>
    /// <param name="ratings">The ratings, one per byte.</param>
    /// <param name="minRating">The lowest allowed rating, 0..255.</param>
    /// <param name="maxRating">The highest allowed rating, <paramref name="minRating"/>..255.</param>
    /// <returns>A new array whose element <c>r − minRating</c> is the number of ratings equal to <c>r</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when the range is invalid, or when a rating lies outside it: the message names the first such
    /// rating's value and index.
    /// </exception>
    public static long[] Count(ReadOnlySpan<byte> ratings, int minRating, int maxRating)
    {
        CheckRange(minRating, maxRating, null);
        var counts = new long[maxRating - minRating + 1];
        Count(ratings, minRating, maxRating, counts);
        return counts;
    }

    /// <summary>
    /// Whether the range is narrow enough for the vectorized path: from a base b (0 when the range starts at 0,
    /// else min − 1) the kernels see the constants b..b+11, whose second differences give the values b..b+10,
    /// and b + 1..b + 10 when b is not 0 (there A(b − 1) is not known).
    /// </summary>
    internal static bool FitsVectorPath(int minRating, int maxRating) =>
        minRating == 0
            ? maxRating <= DeviationConstants - 2
            : maxRating <= minRating + DeviationConstants - 3 && minRating - 1 + DeviationConstants - 1 <= byte.MaxValue;

    /// <summary>
    /// Counts the in-range ratings of the longest vector-sized prefix with the best kernel for this CPU.
    /// </summary>
    /// <returns>The length of the prefix counted; its out-of-range bytes are left out of <paramref name="counts"/>.</returns>
    internal static int CountVectorized(ReadOnlySpan<byte> ratings, int minRating, int maxRating, Span<long> counts)
    {
        if (!Sse2.IsSupported)
        {
            // Not x86 (e.g. Arm64): no psadbw, so compare and count in byte lanes instead.
            return Vector128.IsHardwareAccelerated ? CountByComparison128(ratings, minRating, counts) : 0;
        }

        var first = (byte)(minRating == 0 ? 0 : minRating - 1);
        Span<long> deviations = stackalloc long[DeviationConstants];
        var covered =
            Vector512.IsHardwareAccelerated && Avx512BW.IsSupported ? SumDeviations512(ratings, first, deviations)
            : Vector256.IsHardwareAccelerated && Avx2.IsSupported ? SumDeviations256(ratings, first, deviations)
            : SumDeviations128(ratings, first, deviations);
        CountsFromDeviations(deviations, first, covered, minRating, maxRating, counts);
        return covered;
    }

    /// <summary>
    /// Turns the sums A(first + k) = Σ|x − first − k|, k = 0..11, over <paramref name="covered"/> bytes into counts:
    /// count(v) = (A(v − 1) − 2·A(v) + A(v + 1)) / 2, exact for every byte value, so out-of-range bytes are simply not counted.
    /// </summary>
    internal static void CountsFromDeviations(
        ReadOnlySpan<long> deviations, int first, int covered, int minRating, int maxRating, Span<long> counts)
    {
        for (var rating = minRating; rating <= maxRating; rating++)
        {
            var k = rating - first;
            // Below the constants only for v = 0, where every byte x ≥ 0 gives |x + 1| = x + 1, so A(−1) = A(0) + covered.
            var below = k == 0 ? deviations[0] + covered : deviations[k - 1];
            counts[rating - minRating] = (below - (2 * deviations[k]) + deviations[k + 1]) / 2;
        }
    }

    /// <summary>Counts <paramref name="ratings"/> from <paramref name="start"/> on, one byte at a time, adding to <paramref name="counts"/>.</summary>
    private static void CountScalar(ReadOnlySpan<byte> ratings, int start, int minRating, Span<long> counts)
    {
        for (var i = start; i < ratings.Length; i++)
        {
            var slot = ratings[i] - minRating;
            if (slot < 0 || slot >= counts.Length)
            {
                throw OutOfRange(nameof(ratings), ratings[i], i, minRating, minRating + counts.Length - 1);
            }
            counts[slot]++;
        }
    }

    private static void CheckRange(int minRating, int maxRating, int? countsLength)
    {
        if (minRating is < 0 or > byte.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(minRating), minRating, "Value should be in range [0-255].");
        }
        if (maxRating < minRating || maxRating > byte.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRating), maxRating, $"Value should be in range [{minRating}-255].");
        }
        var expected = maxRating - minRating + 1;
        if (countsLength is { } length && length != expected)
        {
            throw new ArgumentException(
                $"The counts span has {length} elements; ratings {minRating}..{maxRating} need exactly {expected}.", "counts");
        }
    }

    /// <summary>Finds the first rating outside [min, max] and throws for it (the slow path after a vector count fell short).</summary>
    private static void ThrowFirstOutOfRange(ReadOnlySpan<byte> ratings, int minRating, int maxRating)
    {
        for (var i = 0; i < ratings.Length; i++)
        {
            if (ratings[i] < minRating || ratings[i] > maxRating)
            {
                throw OutOfRange(nameof(ratings), ratings[i], i, minRating, maxRating);
            }
        }
        throw new InvalidOperationException("The vectorized count fell short but every rating is in range; this is a bug in RatingCounter.");
    }

    /// <summary>The exception for one out-of-range rating, naming its value and index.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, long value, long index, int minRating, int maxRating) =>
        new(paramName, value, $"The rating at index {index} is {value}; ratings should be in range [{minRating}-{maxRating}].");
}
