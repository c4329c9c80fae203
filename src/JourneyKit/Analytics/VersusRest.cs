namespace JourneyKit.Analytics;

/// <summary>A breakdown group's conversion from the previous funnel stage against all other customers': a pooled two-proportion z-test, Holm-adjusted.</summary>
public sealed record VersusRest
{
    /// <summary>The group's conversion minus the rest's; null when either rate is absent.</summary>
    public required double? Difference { get; init; }

    /// <summary>The z statistic; null when either side has fewer than 30 customers at the previous step or the pooled standard error is 0.</summary>
    public required double? Statistic { get; init; }

    /// <summary>The two-sided p-value from the normal; null as for <see cref="Statistic"/>.</summary>
    public required double? PValue { get; init; }

    /// <summary>The Holm-adjusted p-value over every row with a p-value; null as for <see cref="Statistic"/>.</summary>
    public required double? AdjustedPValue { get; init; }

    /// <summary>Whether <see cref="AdjustedPValue"/> is below 0.05.</summary>
    public required bool Significant { get; init; }

    /// <summary>Whether <paramref name="other"/> is a VersusRest with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(VersusRest? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Nullable.Equals(Difference, other.Difference)
            && Nullable.Equals(Statistic, other.Statistic)
            && Nullable.Equals(PValue, other.PValue)
            && Nullable.Equals(AdjustedPValue, other.AdjustedPValue)
            && Equals(Significant, other.Significant));

    /// <summary>A hash code that agrees with <see cref="Equals(VersusRest)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Difference);
        hash.Add(Statistic);
        hash.Add(PValue);
        hash.Add(AdjustedPValue);
        hash.Add(Significant);
        return hash.ToHashCode();
    }
}
