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

    /// <summary>The emotion felt at the touchpoint, -3 (very negative) to +3 (very positive), for every persona.</summary>
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

    /// <summary>Whether <paramref name="other"/> is a Touchpoint with the same values: compares every property; lists element by element and in order, dictionaries by their keys and values, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Touchpoint? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && ChannelValue == other.ChannelValue
            && Initiator == other.Initiator
            && Owner == other.Owner
            && ProcessId == other.ProcessId
            && Equality.ListEqual(PersonaIds, other.PersonaIds)
            && Nullable.Equals(Emotion, other.Emotion)
            && Equality.DictionaryEqual(EmotionsByPersona, other.EmotionsByPersona)
            && Equality.ListEqual(Enablers, other.Enablers)
            && Equality.ListEqual(Barriers, other.Barriers)
            && Nullable.Equals(ProcessMinutes, other.ProcessMinutes)
            && Nullable.Equals(WaitMinutes, other.WaitMinutes)
            && ValueAdding == other.ValueAdding
            && Nullable.Equals(CompleteAccurate, other.CompleteAccurate)
            && Responses == other.Responses
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Touchpoint)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(ChannelValue);
        hash.Add(Initiator);
        hash.Add(Owner);
        hash.Add(ProcessId);
        hash.Add(Equality.ListHash(PersonaIds));
        hash.Add(Emotion);
        hash.Add(Equality.DictionaryHash(EmotionsByPersona));
        hash.Add(Equality.ListHash(Enablers));
        hash.Add(Equality.ListHash(Barriers));
        hash.Add(ProcessMinutes);
        hash.Add(WaitMinutes);
        hash.Add(ValueAdding);
        hash.Add(CompleteAccurate);
        hash.Add(Responses);
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
