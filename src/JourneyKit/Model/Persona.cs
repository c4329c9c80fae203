using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A customer segment worth designing for.</summary>
public sealed record Persona
{
    /// <summary>The persona's identifier, unique among personas.</summary>
    public required string Id { get; init; }

    /// <summary>The persona's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The segment the persona stands for.</summary>
    public string? Segment { get; init; }

    /// <summary>The share of the customer base or value the persona stands for; at least 0.</summary>
    /// <value>The default value is 1.</value>
    [JsonIgnore]
    public double Weight { get => WeightValue ?? 1; init => WeightValue = value; }

    [JsonInclude]
    [JsonPropertyName("weight")]
    internal double? WeightValue { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>What the persona wants to achieve.</summary>
    public IReadOnlyList<string> Goals { get => field ?? []; init; }

    /// <summary>How the persona behaves.</summary>
    public IReadOnlyList<string> Behaviors { get => field ?? []; init; }

    /// <summary>The values the persona holds, in the customer's own words.</summary>
    public IReadOnlyList<string> Values { get => field ?? []; init; }

    /// <summary>How readily the persona accepts new ideas.</summary>
    public AdoptionCategory? Adoption { get; init; }

    /// <summary>The channels the persona prefers.</summary>
    public IReadOnlyList<Channel> PreferredChannels { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a Persona with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Persona? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Segment == other.Segment
            && Nullable.Equals(WeightValue, other.WeightValue)
            && Description == other.Description
            && Equality.ListEqual(Goals, other.Goals)
            && Equality.ListEqual(Behaviors, other.Behaviors)
            && Equality.ListEqual(Values, other.Values)
            && Adoption == other.Adoption
            && Equality.ListEqual(PreferredChannels, other.PreferredChannels)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Persona)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Segment);
        hash.Add(WeightValue);
        hash.Add(Description);
        hash.Add(Equality.ListHash(Goals));
        hash.Add(Equality.ListHash(Behaviors));
        hash.Add(Equality.ListHash(Values));
        hash.Add(Adoption);
        hash.Add(Equality.ListHash(PreferredChannels));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
