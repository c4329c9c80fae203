using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A competitor and its experience score (0..100) per stage of this map.</summary>
public sealed record Competitor
{
    /// <summary>The competitor's identifier, unique among competitors.</summary>
    public required string Id { get; init; }

    /// <summary>The competitor's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The competitor's score per stage id, 0..100.</summary>
    public IReadOnlyDictionary<string, double> StageScores { get => field ?? EmptyScores; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    private static readonly IReadOnlyDictionary<string, double> EmptyScores = new Dictionary<string, double>();

    /// <summary>Whether <paramref name="other"/> is a Competitor with the same values: compares every property; dictionaries by their keys and values, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Competitor? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Equality.DictionaryEqual(StageScores, other.StageScores)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Competitor)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Equality.DictionaryHash(StageScores));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
