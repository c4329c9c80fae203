using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// An outcome customers value, with its importance and satisfaction on the 0..10 scale of
/// Outcome-Driven Innovation, given either as numbers or as counts of 1..5 ratings.
/// </summary>
public sealed record Outcome
{
    /// <summary>The outcome's identifier, unique among outcomes.</summary>
    public required string Id { get; init; }

    /// <summary>The outcome statement, e.g. "Minimize the time it takes to find the right size".</summary>
    public required string Statement { get; init; }

    /// <summary>Whether the outcome is progress or a bad outcome avoided.</summary>
    /// <value>The default value is <see cref="OutcomeKind.Positive"/>.</value>
    [JsonIgnore]
    public OutcomeKind Kind { get => KindValue ?? OutcomeKind.Positive; init => KindValue = value; }

    [JsonInclude]
    [JsonPropertyName("kind")]
    internal OutcomeKind? KindValue { get; init; }

    /// <summary>The stage the outcome belongs to.</summary>
    public string? StageId { get; init; }

    /// <summary>The persona the outcome matters to; <see langword="null"/> for every persona.</summary>
    public string? PersonaId { get; init; }

    /// <summary>How important the outcome is, 0..10.</summary>
    public double? Importance { get; init; }

    /// <summary>How satisfied customers are with it today, 0..10.</summary>
    public double? Satisfaction { get; init; }

    /// <summary>Counts of importance ratings 1..5; importance = top-2-box share × 10.</summary>
    public IReadOnlyList<long>? ImportanceResponses { get; init; }

    /// <summary>Counts of satisfaction ratings 1..5; satisfaction = top-2-box share × 10.</summary>
    public IReadOnlyList<long>? SatisfactionResponses { get; init; }

    /// <summary>The business processes that deliver the outcome.</summary>
    public IReadOnlyList<string> ProcessIds { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a Outcome with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Outcome? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Statement == other.Statement
            && KindValue == other.KindValue
            && StageId == other.StageId
            && PersonaId == other.PersonaId
            && Nullable.Equals(Importance, other.Importance)
            && Nullable.Equals(Satisfaction, other.Satisfaction)
            && Equality.ListEqual(ImportanceResponses, other.ImportanceResponses)
            && Equality.ListEqual(SatisfactionResponses, other.SatisfactionResponses)
            && Equality.ListEqual(ProcessIds, other.ProcessIds)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Outcome)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Statement);
        hash.Add(KindValue);
        hash.Add(StageId);
        hash.Add(PersonaId);
        hash.Add(Importance);
        hash.Add(Satisfaction);
        hash.Add(Equality.ListHash(ImportanceResponses));
        hash.Add(Equality.ListHash(SatisfactionResponses));
        hash.Add(Equality.ListHash(ProcessIds));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
