using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>Conversion over time: customers grouped by the period of their entry t₁.</summary>
public sealed record CohortAnalytics
{
    /// <summary>The period length.</summary>
    public required CohortPeriod Period { get; init; }

    /// <summary>Every period from the first to the last non-empty one, empty ones included.</summary>
    public required IReadOnlyList<CohortGroup> Groups { get; init; }

    /// <summary>Whether <paramref name="other"/> is a CohortAnalytics with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(CohortAnalytics? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equals(Period, other.Period)
            && Equality.ListEqual(Groups, other.Groups));

    /// <summary>A hash code that agrees with <see cref="Equals(CohortAnalytics)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Period);
        hash.Add(Equality.ListHash(Groups));
        return hash.ToHashCode();
    }
}
