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
}
