using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>An entity present in both maps whose fields differ.</summary>
/// <param name="Kind">What the entity is.</param>
/// <param name="Id">The entity's id.</param>
/// <param name="Fields">The names of the fields that differ, in the order of the format.</param>
/// <param name="Changes">The same fields with their values before and after, in the same order.</param>
public sealed record EntityChange(EntityKind Kind, string Id, IReadOnlyList<string> Fields, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>Whether <paramref name="other"/> is a EntityChange with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(EntityChange? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind
            && Id == other.Id
            && Equality.ListEqual(Fields, other.Fields)
            && Equality.ListEqual(Changes, other.Changes));

    /// <summary>A hash code that agrees with <see cref="Equals(EntityChange)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Id);
        hash.Add(Equality.ListHash(Fields));
        hash.Add(Equality.ListHash(Changes));
        return hash.ToHashCode();
    }
}
