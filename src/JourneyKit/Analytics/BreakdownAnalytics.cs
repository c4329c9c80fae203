using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>The funnel split by the value of an event column or property.</summary>
public sealed record BreakdownAnalytics
{
    /// <summary>The column (or property) whose value groups the customers.</summary>
    public required string Column { get; init; }

    /// <summary>Which event gives a customer their value.</summary>
    public required BreakdownAttribution Attribution { get; init; }

    /// <summary>The groups by customers descending, then value ordinally (null last); the other group last.</summary>
    public required IReadOnlyList<BreakdownGroup> Groups { get; init; }

    /// <summary>Whether <paramref name="other"/> is a BreakdownAnalytics with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(BreakdownAnalytics? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equals(Column, other.Column)
            && Equals(Attribution, other.Attribution)
            && Equality.ListEqual(Groups, other.Groups));

    /// <summary>A hash code that agrees with <see cref="Equals(BreakdownAnalytics)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Column);
        hash.Add(Attribution);
        hash.Add(Equality.ListHash(Groups));
        return hash.ToHashCode();
    }
}
