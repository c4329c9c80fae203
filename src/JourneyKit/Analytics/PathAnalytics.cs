using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>A path through the stages and how many customers took it.</summary>
public sealed record PathAnalytics
{
    /// <summary>The stages in time order (ties by stage order) with consecutive repeats folded.</summary>
    public required IReadOnlyList<string> StageIds { get; init; }

    /// <summary>The customers whose path this is.</summary>
    public required long Customers { get; init; }

    /// <summary>Whether <paramref name="other"/> is a PathAnalytics with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(PathAnalytics? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.ListEqual(StageIds, other.StageIds)
            && Customers == other.Customers);

    /// <summary>A hash code that agrees with <see cref="Equals(PathAnalytics)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Equality.ListHash(StageIds));
        hash.Add(Customers);
        return hash.ToHashCode();
    }
}
