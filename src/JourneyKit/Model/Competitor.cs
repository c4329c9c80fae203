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
}
