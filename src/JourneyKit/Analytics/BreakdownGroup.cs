using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>The customers sharing one breakdown value (or the merged other group) and their stage figures.</summary>
public sealed record BreakdownGroup
{
    /// <summary>The value; null for an empty cell or missing property, and for the merged other group.</summary>
    public required string? Value { get; init; }

    /// <summary>Whether this is the group merging every value beyond the breakdown limit.</summary>
    public required bool Other { get; init; }

    /// <summary>The group's customers.</summary>
    public required long Customers { get; init; }

    /// <summary>One entry per stage of the map, in map order.</summary>
    public required IReadOnlyList<BreakdownStageAnalytics> Stages { get; init; }

    /// <summary>Whether <paramref name="other"/> is a BreakdownGroup with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(BreakdownGroup? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equals(Value, other.Value)
            && Equals(Other, other.Other)
            && Equals(Customers, other.Customers)
            && Equality.ListEqual(Stages, other.Stages));

    /// <summary>A hash code that agrees with <see cref="Equals(BreakdownGroup)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Value);
        hash.Add(Other);
        hash.Add(Customers);
        hash.Add(Equality.ListHash(Stages));
        return hash.ToHashCode();
    }
}
