using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>
/// What differs in the structure of two maps matched by id: entities added and removed,
/// touchpoints moved to another stage, and entities whose fields changed.
/// </summary>
/// <param name="Added">Entities only in the <c>after</c> map: by kind (in <see cref="EntityKind"/> order), then in the <c>after</c> map's order.</param>
/// <param name="Removed">Entities only in the <c>before</c> map: by kind, then in the <c>before</c> map's order.</param>
/// <param name="Moved">Touchpoints in both maps whose stage differs, in the <c>after</c> map's order.</param>
/// <param name="Changed">Entities in both maps whose fields differ: by kind, then in the <c>after</c> map's order.
/// A moved touchpoint appears here only when fields other than its stage changed too.</param>
public sealed record StructuralDiff(
    IReadOnlyList<EntityReference> Added,
    IReadOnlyList<EntityReference> Removed,
    IReadOnlyList<TouchpointMove> Moved,
    IReadOnlyList<EntityChange> Changed)
{
    /// <summary>A diff with nothing in it.</summary>
    public static StructuralDiff Empty { get; } = new([], [], [], []);

    /// <summary>Whether the two maps have the same structure: nothing added, removed, moved or changed.</summary>
    [JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Moved.Count == 0 && Changed.Count == 0;

    /// <summary>Whether <paramref name="other"/> is a StructuralDiff with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(StructuralDiff? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.ListEqual(Added, other.Added)
            && Equality.ListEqual(Removed, other.Removed)
            && Equality.ListEqual(Moved, other.Moved)
            && Equality.ListEqual(Changed, other.Changed));

    /// <summary>A hash code that agrees with <see cref="Equals(StructuralDiff)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Equality.ListHash(Added));
        hash.Add(Equality.ListHash(Removed));
        hash.Add(Equality.ListHash(Moved));
        hash.Add(Equality.ListHash(Changed));
        return hash.ToHashCode();
    }
}
