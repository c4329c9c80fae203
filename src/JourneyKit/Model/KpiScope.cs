using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>Narrows a KPI to a stage, a touchpoint or a persona.</summary>
public sealed record KpiScope
{
    /// <summary>The stage the KPI applies to.</summary>
    public string? StageId { get; init; }

    /// <summary>The touchpoint the KPI applies to.</summary>
    public string? TouchpointId { get; init; }

    /// <summary>The persona the KPI applies to.</summary>
    public string? PersonaId { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a KpiScope with the same values: compares every property; unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(KpiScope? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && StageId == other.StageId
            && TouchpointId == other.TouchpointId
            && PersonaId == other.PersonaId
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(KpiScope)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(StageId);
        hash.Add(TouchpointId);
        hash.Add(PersonaId);
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
