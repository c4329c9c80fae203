namespace JourneyKit.Analytics;

/// <summary>The type 7 percentiles (R's default, NumPy's <c>linear</c>) of tick deltas, by selection rather than a full sort.</summary>
internal static class Percentiles
{
    private static readonly double[] Levels = [0.25, 0.5, 0.75, 0.9, 0.95];

    /// <summary>
    /// p25, p50, p75, p90 and p95 of <paramref name="ticks"/> in seconds: for sorted x₀…x_{n−1},
    /// h = (n − 1)·p, value = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋); <see langword="null"/> for none. Reorders the values.
    /// </summary>
    public static TimePercentiles? Of(Span<long> ticks)
    {
        var n = ticks.Length;
        if (n == 0)
        {
            return null;
        }

        var values = new double[Levels.Length];
        var from = 0;
        for (var i = 0; i < Levels.Length; i++)
        {
            var h = (n - 1) * Levels[i];
            var low = (int)Math.Floor(h);
            var fraction = h - low;

            // Selecting in increasing order: everything left of the previous index is already smaller, so select in the rest.
            var x = Median.Select(ticks[from..], low - from);
            from = low;
            var value = (double)x;
            if (fraction > 0 && low + 1 < n)
            {
                var next = long.MaxValue;
                foreach (var v in ticks[(low + 1)..])
                {
                    next = Math.Min(next, v);
                }

                value += fraction * ((double)next - x);
            }

            values[i] = value / TimeSpan.TicksPerSecond;
        }

        return new TimePercentiles { P25 = values[0], P50 = values[1], P75 = values[2], P90 = values[3], P95 = values[4] };
    }
}
