namespace JourneyKit.Kpis;

/// <summary>A KPI's current value, attainment, status and trend.</summary>
public sealed record KpiResult
{
    /// <summary>The KPI.</summary>
    public required string KpiId { get; init; }

    /// <summary>The current value from the KPI's calculator; <see langword="null"/> when it has none.</summary>
    public required double? Value { get; init; }

    /// <summary>The KPI's target, as stated in the map.</summary>
    public required double? Target { get; init; }

    /// <summary>How far the value has come towards the target, 0..1; <see langword="null"/> without a value or a target.</summary>
    public required double? Attainment { get; init; }

    /// <summary>The traffic light.</summary>
    public required KpiStatus Status { get; init; }

    /// <summary>The least-squares slope of the measurements per day; <see langword="null"/> with fewer than 2 measurements or when all are at the same instant.</summary>
    public required double? SlopePerDay { get; init; }

    /// <summary>Which way the measurements move.</summary>
    public required KpiTrend Trend { get; init; }
}
