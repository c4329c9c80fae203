using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A stage of the journey and the touchpoints in it, in journey order.</summary>
public sealed record Stage
{
    /// <summary>The stage's identifier, unique among stages.</summary>
    public required string Id { get; init; }

    /// <summary>The stage's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The classic stage this one corresponds to.</summary>
    /// <value>The default value is <see cref="StageKind.Custom"/>.</value>
    [JsonIgnore]
    public StageKind Kind { get => KindValue ?? StageKind.Custom; init => KindValue = value; }

    [JsonInclude]
    [JsonPropertyName("kind")]
    internal StageKind? KindValue { get; init; }

    /// <summary>What the customer should have achieved when the stage ends.</summary>
    public string? DesiredOutcome { get; init; }

    /// <summary>The touchpoints of the stage, in journey order.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a Stage with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Stage? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && KindValue == other.KindValue
            && DesiredOutcome == other.DesiredOutcome
            && Equality.ListEqual(Touchpoints, other.Touchpoints)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Stage)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(KindValue);
        hash.Add(DesiredOutcome);
        hash.Add(Equality.ListHash(Touchpoints));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
