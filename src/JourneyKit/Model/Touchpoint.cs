using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A point of contact between the customer and the company.</summary>
public sealed record Touchpoint
{
    /// <summary>The touchpoint's identifier, unique across the whole map.</summary>
    public required string Id { get; init; }

    /// <summary>The touchpoint's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The medium of the contact.</summary>
    /// <value>The default value is <see cref="Model.Channel.Other"/>.</value>
    [JsonIgnore]
    public Channel Channel { get => ChannelValue ?? Channel.Other; init => ChannelValue = value; }

    [JsonInclude]
    [JsonPropertyName("channel")]
    internal Channel? ChannelValue { get; init; }

    /// <summary>Who started the contact, when known.</summary>
    public Initiator? Initiator { get; init; }

    /// <summary>The department that owns the touchpoint.</summary>
    public string? Owner { get; init; }

    /// <summary>The id of the business process behind the touchpoint.</summary>
    public string? ProcessId { get; init; }

    /// <summary>The personas who meet the touchpoint; empty means every persona.</summary>
    public IReadOnlyList<string> PersonaIds { get => field ?? []; init; }

    /// <summary>The emotion felt at the touchpoint, −3 (very negative) to +3 (very positive), for every persona.</summary>
    public double? Emotion { get; init; }

    /// <summary>Emotions per persona id that override <see cref="Emotion"/>.</summary>
    public IReadOnlyDictionary<string, double> EmotionsByPersona { get => field ?? EmptyEmotions; init; }

    /// <summary>What makes the touchpoint work.</summary>
    public IReadOnlyList<string> Enablers { get => field ?? []; init; }

    /// <summary>What gets in the customer's way.</summary>
    public IReadOnlyList<string> Barriers { get => field ?? []; init; }

    /// <summary>Time spent working on the customer's request, in minutes.</summary>
    public double? ProcessMinutes { get; init; }

    /// <summary>Time the customer waits, in minutes.</summary>
    public double? WaitMinutes { get; init; }

    /// <summary>Whether the step adds value in the customer's eyes; <see langword="null"/> when unclassified.</summary>
    public bool? ValueAdding { get; init; }

    /// <summary>The share of work arriving complete and accurate, 0 to 1.</summary>
    public double? CompleteAccurate { get; init; }

    /// <summary>Survey answer counts collected at the touchpoint.</summary>
    public SurveyResponses? Responses { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    private static readonly IReadOnlyDictionary<string, double> EmptyEmotions = new Dictionary<string, double>();
}
