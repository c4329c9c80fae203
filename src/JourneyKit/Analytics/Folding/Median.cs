namespace JourneyKit.Analytics;

/// <summary>Exact medians by selection (expected linear time) rather than a full sort.</summary>
internal static class Median
{
    /// <summary>
    /// The median of <paramref name="values"/>: the middle value for an odd count, the mean of the two
    /// middle values for an even count, <see langword="null"/> for none. Reorders the values.
    /// </summary>
    public static double? Of(Span<long> values)
    {
        var n = values.Length;
        if (n == 0)
        {
            return null;
        }

        var upperIndex = n / 2;
        var upper = Select(values, upperIndex);
        if (n % 2 == 1)
        {
            return upper;
        }

        // After selection everything left of upperIndex is <= upper, so the lower middle is their maximum.
        var lower = long.MinValue;
        foreach (var v in values[..upperIndex])
        {
            lower = Math.Max(lower, v);
        }

        // In double, so that two large values cannot overflow when added.
        return ((double)lower + upper) / 2;
    }

    /// <summary>Returns the k-th smallest value and leaves smaller ones to its left, larger ones to its right.</summary>
    internal static long Select(Span<long> a, int k)
    {
        var lo = 0;
        var hi = a.Length - 1;
        var budget = 2 * (64 - long.LeadingZeroCount(a.Length));
        while (hi - lo > 16)
        {
            if (budget-- == 0)
            {
                // Too many bad pivots (adversarial input): finish with a guaranteed O(n log n) sort.
                a[lo..(hi + 1)].Sort();
                return a[k];
            }

            var mid = lo + ((hi - lo) / 2);
            var pivot = MedianOfThree(a[lo], a[mid], a[hi]);
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return a[k];
            }
        }

        a[lo..(hi + 1)].Sort();
        return a[k];
    }

    private static long MedianOfThree(long x, long y, long z) =>
        Math.Max(Math.Min(x, y), Math.Min(Math.Max(x, y), z));
}
