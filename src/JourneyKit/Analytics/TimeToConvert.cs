namespace JourneyKit.Analytics;

/// <summary>
/// The time from a customer's entry t₁ to their last funnel step, over the customers who reach the
/// last funnel stage: the type 7 percentiles in seconds and how many customers they are over.
/// </summary>
public sealed record TimeToConvert
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

    /// <summary>The customers who reached the last funnel stage.</summary>
    public required long N { get; init; }
}
