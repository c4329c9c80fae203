using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>A pain point or a moment of delight: a touchpoint with every reason that holds.</summary>
public sealed record TouchpointFinding
{
    /// <summary>The touchpoint.</summary>
    public required string TouchpointId { get; init; }

    /// <summary>Every reason that holds, in the order of <see cref="FindingReason"/>; never empty.</summary>
    public required IReadOnlyList<FindingReason> Reasons { get; init; }

    /// <summary>
    /// The personas for whom an emotion reason (<see cref="FindingReason.LowEmotion"/>,
    /// <see cref="FindingReason.EmotionDrop"/>, <see cref="FindingReason.HighEmotion"/>) holds, in the
    /// map's persona order. Empty when only survey reasons hold, and always empty in a map without
    /// personas, where emotion reasons are judged on the touchpoint's plain <c>emotion</c>.
    /// </summary>
    public required IReadOnlyList<string> PersonaIds { get; init; }

    /// <summary>Whether <paramref name="other"/> is a TouchpointFinding with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(TouchpointFinding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && TouchpointId == other.TouchpointId
            && Equality.ListEqual(Reasons, other.Reasons)
            && Equality.ListEqual(PersonaIds, other.PersonaIds));

    /// <summary>A hash code that agrees with <see cref="Equals(TouchpointFinding)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TouchpointId);
        hash.Add(Equality.ListHash(Reasons));
        hash.Add(Equality.ListHash(PersonaIds));
        return hash.ToHashCode();
    }
}
