namespace JourneyKit.Metrics;

/// <summary>
/// Counts survey ratings stored one per byte into per-value counts.
/// </summary>
/// <threadsafety>All members are thread-safe: they only read their input and write their output span.</threadsafety>
public static class RatingCounter
{
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
        foreach (var rating in ratings)
        {
            var slot = rating - minRating;
            if ((uint)slot >= (uint)counts.Length)
            {
                ThrowFirstOutOfRange(ratings, minRating, maxRating);
            }
            counts[slot]++;
        }
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

    /// <summary>Finds the first rating outside [min, max] and throws for it (the slow path of every counter).</summary>
    private static void ThrowFirstOutOfRange(ReadOnlySpan<byte> ratings, int minRating, int maxRating)
    {
        for (var i = 0; i < ratings.Length; i++)
        {
            if (ratings[i] < minRating || ratings[i] > maxRating)
            {
                throw OutOfRange("ratings", ratings[i], i, minRating, maxRating);
            }
        }
        throw new InvalidOperationException("A rating was counted as out of range but none is; this is a bug in RatingCounter.");
    }

    /// <summary>The exception for one out-of-range rating, naming its value and index.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, long value, long index, int minRating, int maxRating) =>
        new(paramName, value, $"The rating at index {index} is {value}; ratings should be in range [{minRating}-{maxRating}].");
}
