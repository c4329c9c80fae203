namespace JourneyKit.Analytics;

/// <summary>Reach and funnel figures of one stage.</summary>
public sealed record StageAnalytics
{
    /// <summary>The stage's id.</summary>
    public required string StageId { get; init; }

    /// <summary>The customers with any event in the stage.</summary>
    public required long Reach { get; init; }

    /// <summary>
    /// The customers who reached this step of the funnel: with t₁ the first event in stage 1 and
    /// tₖ the earliest event in stage k at or after tₖ₋₁, the customers who have tₖ.
    /// </summary>
    /// <remarks>Counted over the funnel's stages (<see cref="JourneyAnalyticsReport.FunnelStageIds"/>) and within the window; <see langword="null"/> for a stage outside the funnel.</remarks>
    public required long? Funnel { get; init; }

    /// <summary>
    /// <see cref="Funnel"/> of this step divided by that of the previous step; <see langword="null"/> for the
    /// first stage and when the previous step has no customer (0/0 is not a rate).
    /// </summary>
    public required double? ConversionFromPrevious { get; init; }

    /// <summary>
    /// The median of tₖ − tₖ₋₁ in seconds (to 100 ns) over the customers of this step: the mean of the
    /// two middle values for an even count; <see langword="null"/> for the first stage and when no customer reached the step.
    /// </summary>
    public required double? MedianSecondsFromPrevious { get; init; }

    /// <summary>
    /// The type 7 percentiles of tₖ − tₖ₋₁ in seconds over the customers of this step; <see langword="null"/> for
    /// the first funnel stage, for a stage outside the funnel and when no customer reached the step.
    /// </summary>
    public required TimePercentiles? SecondsFromPrevious { get; init; }
}
