namespace JourneyKit.Analytics;

/// <summary>
/// The 25th, 50th, 75th, 90th and 95th percentiles of a time, in seconds: type 7 (linear interpolation
/// between closest ranks, R's and NumPy's default), so <see cref="P50"/> is the median.
/// </summary>
public sealed record TimePercentiles
{
    /// <summary>The 25th percentile, in seconds.</summary>
    public required double P25 { get; init; }

    /// <summary>The median, in seconds.</summary>
    public required double P50 { get; init; }

    /// <summary>The 75th percentile, in seconds.</summary>
    public required double P75 { get; init; }

    /// <summary>The 90th percentile, in seconds.</summary>
    public required double P90 { get; init; }

    /// <summary>The 95th percentile, in seconds.</summary>
    public required double P95 { get; init; }
}
