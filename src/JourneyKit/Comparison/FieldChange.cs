using System.Text.Json;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>One field of an entity that differs between the maps, with its JSON value on each side.</summary>
/// <param name="Field">The field's name in the JSON format (<c>emotion</c>, <c>responses</c>, an unknown property's own name,
/// or the pseudo-field <c>touchpointOrder</c> of a stage).</param>
/// <param name="Before">The value in the <c>before</c> map; <see langword="null"/> when the field is absent there.</param>
/// <param name="After">The value in the <c>after</c> map; <see langword="null"/> when the field is absent there.</param>
public sealed record FieldChange(string Field, JsonElement? Before, JsonElement? After)
{
    /// <summary>Whether <paramref name="other"/> is a FieldChange with the same values: compares every property; JSON values with <see cref="System.Text.Json.JsonElement.DeepEquals"/>.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(FieldChange? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Field == other.Field
            && Equality.JsonEqual(Before, other.Before)
            && Equality.JsonEqual(After, other.After));

    /// <summary>A hash code that agrees with <see cref="Equals(FieldChange)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Field);
        hash.Add(Equality.JsonHash(Before));
        hash.Add(Equality.JsonHash(After));
        return hash.ToHashCode();
    }
}
