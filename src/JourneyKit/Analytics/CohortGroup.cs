using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>One period of the conversion-over-time cohorts.</summary>
public sealed record CohortGroup
{
    /// <summary>The first day of the period (UTC).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The customers whose entry t₁ falls in the period.</summary>
    public required long Customers { get; init; }

    /// <summary>The cohort's customers at each funnel step, in funnel order.</summary>
    public required IReadOnlyList<long> Funnel { get; init; }

    /// <summary>Whether <paramref name="other"/> is a CohortGroup with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(CohortGroup? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equals(Start, other.Start)
            && Equals(Customers, other.Customers)
            && Equality.ListEqual(Funnel, other.Funnel));

    /// <summary>A hash code that agrees with <see cref="Equals(CohortGroup)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Start);
        hash.Add(Customers);
        hash.Add(Equality.ListHash(Funnel));
        return hash.ToHashCode();
    }
}
