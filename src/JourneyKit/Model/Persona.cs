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
}
