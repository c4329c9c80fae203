namespace JourneyKit.Analytics;

/// <summary>A stage's figures over one breakdown group's customers.</summary>
public sealed record BreakdownStageAnalytics
{
    /// <summary>The stage's id.</summary>
    public required string StageId { get; init; }

    /// <summary>The group's customers with any event in the stage.</summary>
    public required long Reach { get; init; }

    /// <summary>The group's customers at this funnel step; null outside the funnel.</summary>
    public required long? Funnel { get; init; }

    /// <summary>Funnel over that of the previous funnel step; null as in <see cref="StageAnalytics"/>.</summary>
    public required double? ConversionFromPrevious { get; init; }

    /// <summary>The median of tₖ − tₖ₋₁ in seconds; null as in <see cref="StageAnalytics"/>.</summary>
    public required double? MedianSecondsFromPrevious { get; init; }

    /// <summary>The type 7 percentiles of tₖ − tₖ₋₁ in seconds; null as in <see cref="StageAnalytics"/>.</summary>
    public required TimePercentiles? SecondsFromPrevious { get; init; }

    /// <summary>The comparison with all other customers; null on the first funnel stage and outside the funnel.</summary>
    public required VersusRest? VersusRest { get; init; }

    /// <summary>Whether <paramref name="other"/> is a BreakdownStageAnalytics with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(BreakdownStageAnalytics? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equals(StageId, other.StageId)
            && Equals(Reach, other.Reach)
            && Nullable.Equals(Funnel, other.Funnel)
            && Nullable.Equals(ConversionFromPrevious, other.ConversionFromPrevious)
            && Nullable.Equals(MedianSecondsFromPrevious, other.MedianSecondsFromPrevious)
            && Equals(SecondsFromPrevious, other.SecondsFromPrevious)
            && Equals(VersusRest, other.VersusRest));

    /// <summary>A hash code that agrees with <see cref="Equals(BreakdownStageAnalytics)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(StageId);
        hash.Add(Reach);
        hash.Add(Funnel);
        hash.Add(ConversionFromPrevious);
        hash.Add(MedianSecondsFromPrevious);
        hash.Add(SecondsFromPrevious);
        hash.Add(VersusRest);
        return hash.ToHashCode();
    }
}
