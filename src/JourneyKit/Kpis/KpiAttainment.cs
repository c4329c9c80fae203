using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>How far a KPI has come towards its target, its traffic light and its trend.</summary>
public static class KpiAttainment
{
    /// <summary>
    /// The attainment, 0..1. With a baseline b ≠ target t: clamp((current − b) / (t − b), 0, 1).
    /// Without a baseline (or b = t): 1 when the current value meets the target (≥ t when higher
    /// is better, ≤ t when lower is better); else, when current and t are both above 0,
    /// current / t (higher is better) or t / current (lower is better); else 0.
    /// </summary>
    /// <param name="current">The current value.</param>
    /// <param name="baseline">The baseline, if any.</param>
    /// <param name="target">The target.</param>
    /// <param name="direction">Which way the KPI improves.</param>
    /// <returns>The attainment.</returns>
    public static double Of(double current, double? baseline, double target, KpiDirection direction)
    {
        if (baseline is { } b && b != target)
        {
            return Math.Clamp((current - b) / (target - b), 0, 1);
        }

        var higherIsBetter = direction == KpiDirection.HigherIsBetter;
        if (higherIsBetter ? current >= target : current <= target)
        {
            return 1;
        }

        if (current > 0 && target > 0)
        {
            return higherIsBetter ? current / target : target / current;
        }

        return 0;
    }

    /// <summary>The traffic light: green at attainment ≥ 1, amber ≥ 0.5, red below, unknown without attainment.</summary>
    /// <param name="attainment">The attainment, if any.</param>
    /// <returns>The status.</returns>
    public static KpiStatus Status(double? attainment) => attainment switch
    {
        null => KpiStatus.Unknown,
        >= 1 => KpiStatus.Green,
        >= 0.5 => KpiStatus.Amber,
        _ => KpiStatus.Red,
    };

    /// <summary>
    /// The least-squares slope of value over time in days: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x the
    /// days since the first measurement.
    /// </summary>
    /// <param name="measurements">The measurements, in any order.</param>
    /// <returns>The slope per day; <see langword="null"/> with fewer than 2 measurements or when all are at the same instant.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="measurements"/> is <see langword="null"/>.</exception>
    public static double? SlopePerDay(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return SlopePerDayOfOrdered(InTimeOrder(measurements));
    }

    /// <summary>The trend: flat when the slope is absent or |slope| &lt; epsilon; else improving when it points the way the KPI improves, declining otherwise.</summary>
    /// <param name="slopePerDay">The slope, if any.</param>
    /// <param name="direction">Which way the KPI improves.</param>
    /// <param name="flatEpsilon">The slope below which the trend is flat (default 1e-9).</param>
    /// <returns>The trend.</returns>
    public static KpiTrend Trend(double? slopePerDay, KpiDirection direction, double flatEpsilon = 1e-9)
    {
        if (slopePerDay is not { } slope || Math.Abs(slope) < flatEpsilon)
        {
            return KpiTrend.Flat;
        }

        return (slope > 0) == (direction == KpiDirection.HigherIsBetter) ? KpiTrend.Improving : KpiTrend.Declining;
    }

    /// <summary>
    /// The measurements sorted by instant, then by value: a stable order whatever the file's, so
    /// every figure computed from it (the newest value, sums) is the same for any file order.
    /// </summary>
    /// <param name="measurements">The measurements.</param>
    /// <returns>A new sorted list.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="measurements"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Measurement> InTimeOrder(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var sorted = measurements.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var byTime = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
            return byTime != 0 ? byTime : a.Value.CompareTo(b.Value);
        });
        return sorted;
    }

    internal static double? SlopePerDayOfOrdered(IReadOnlyList<Measurement> ordered)
    {
        var n = ordered.Count;
        if (n < 2)
        {
            return null;
        }

        var origin = ordered[0].At;
        var meanX = 0.0;
        var meanY = 0.0;
        for (var i = 0; i < n; i++)
        {
            meanX += Days(ordered[i].At, origin);
            meanY += ordered[i].Value;
        }

        meanX /= n;
        meanY /= n;
        var sxy = 0.0;
        var sxx = 0.0;
        for (var i = 0; i < n; i++)
        {
            var dx = Days(ordered[i].At, origin) - meanX;
            sxy += dx * (ordered[i].Value - meanY);
            sxx += dx * dx;
        }

        return sxx == 0 ? null : sxy / sxx;
    }

    private static double Days(DateTimeOffset at, DateTimeOffset origin) => (at - origin).TotalDays;
}
