namespace JourneyKit.Metrics;

/// <summary>
/// Adjustments of p-values for many tests made at once, so that the chance of any false alarm
/// among them stays at the chosen level.
/// </summary>
public static class MultipleComparisons
{
    /// <summary>
    /// Holm's step-down adjustment: sort the m p-values ascending, multiply the k-th smallest
    /// (k = 1..m) by m − k + 1, cap at 1 and carry the running maximum, so the adjusted values keep
    /// the raw order. An adjusted p-value is never below its raw one. Returned in the input order.
    /// </summary>
    /// <param name="pValues">The raw p-values, each in [0, 1].</param>
    /// <returns>The adjusted p-values, in the order of <paramref name="pValues"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is not a number in [0, 1].</exception>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = new int[m];
        for (var i = 0; i < m; i++)
        {
            var p = pValues[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), p, $"The p-value at index {i} is {p}; a p-value should be in [0, 1].");
            }
            order[i] = i;
        }
        // Stable: equal p-values keep their input order.
        Array.Sort(order, (a, b) => pValues[a] != pValues[b] ? pValues[a].CompareTo(pValues[b]) : a.CompareTo(b));
        var adjusted = new double[m];
        var running = 0.0;
        for (var k = 0; k < m; k++)
        {
            var value = Math.Min(1, (m - k) * pValues[order[k]]);
            running = Math.Max(running, value);
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
