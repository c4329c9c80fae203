using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>An improvement opportunity with its RICE inputs (reach, impact, confidence, effort).</summary>
public sealed record Opportunity
{
    /// <summary>The opportunity's identifier, unique among opportunities.</summary>
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The touchpoints the opportunity improves.</summary>
    public IReadOnlyList<string> TouchpointIds { get => field ?? []; init; }

    /// <summary>The outcomes the opportunity serves.</summary>
    public IReadOnlyList<string> OutcomeIds { get => field ?? []; init; }

    /// <summary>How many customers it reaches per period; at least 0.</summary>
    public double? Reach { get; init; }

    /// <summary>The impact on each customer reached (e.g. 0.25, 0.5, 1, 2, 3); at least 0.</summary>
    public double? Impact { get; init; }

    /// <summary>How sure the estimates are, 0..1.</summary>
    public double? Confidence { get; init; }

    /// <summary>The effort it takes, e.g. in person-months; at least 0.001.</summary>
    public double? Effort { get; init; }

    /// <summary>Where the opportunity stands.</summary>
    /// <value>The default value is <see cref="OpportunityStatus.Idea"/>.</value>
    [JsonIgnore]
    public OpportunityStatus Status { get => StatusValue ?? OpportunityStatus.Idea; init => StatusValue = value; }

    [JsonInclude]
    [JsonPropertyName("status")]
    internal OpportunityStatus? StatusValue { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
