namespace JourneyKit.Metrics;

/// <summary>
/// The count arithmetic shared by <see cref="NpsTally"/>, <see cref="CsatTally"/> and <see cref="CesTally"/>:
/// validation, totals, merging, equality. Every sum is checked, so a total past <see cref="long.MaxValue"/>
/// throws <see cref="OverflowException"/> instead of wrapping.
/// </summary>
internal static class TallyCounts
{
    public static long Validate(ReadOnlySpan<long> counts, int minRating, int maxRating, string scale)
    {
        var expected = maxRating - minRating + 1;
        if (counts.Length != expected)
        {
            throw new ArgumentException(
                $"{scale} counts should have exactly {expected} numbers (ratings {minRating}..{maxRating}); got {counts.Length}.",
                nameof(counts));
        }
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(counts), counts[i],
                    $"{scale} count at index {i} (rating {minRating + i}) is {counts[i]}; counts should be >= 0.");
            }
            total = checked(total + counts[i]);
        }
        return total;
    }

    /// <summary>Checks the counts like <see cref="Validate"/> and copies them.</summary>
    public static long[] Copy(ReadOnlySpan<long> counts, int minRating, int maxRating, string scale, out long total)
    {
        total = Validate(counts, minRating, maxRating, scale);
        return counts.ToArray();
    }

    public static long[] Copy(IReadOnlyList<long> counts, int minRating, int maxRating, string scale, out long total)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var array = new long[counts.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = counts[i];
        }
        return Copy(array, minRating, maxRating, scale, out total);
    }

    public static long[] FromRatings(IEnumerable<int> ratings, int minRating, int maxRating)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var counts = new long[maxRating - minRating + 1];
        long index = 0;
        foreach (var rating in ratings)
        {
            if (rating < minRating || rating > maxRating)
            {
                throw RatingCounter.OutOfRange(nameof(ratings), rating, index, minRating, maxRating);
            }
            counts[rating - minRating]++;
            index++;
        }
        return counts;
    }

    public static long[] Merge(long[] a, long[] b)
    {
        var merged = new long[a.Length];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = checked(a[i] + b[i]);
        }
        return merged;
    }

    public static long Total(ReadOnlySpan<long> counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total = checked(total + count);
        }
        return total;
    }

    public static int Hash(long[] counts)
    {
        var hash = new HashCode();
        foreach (var count in counts)
        {
            hash.Add(count);
        }
        return hash.ToHashCode();
    }

    public static string Format(string scale, long[] counts) => $"{scale} [{string.Join(", ", counts)}]";
}
