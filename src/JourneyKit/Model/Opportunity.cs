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

    /// <summary>Whether <paramref name="other"/> is a Opportunity with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Opportunity? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Title == other.Title
            && Equality.ListEqual(TouchpointIds, other.TouchpointIds)
            && Equality.ListEqual(OutcomeIds, other.OutcomeIds)
            && Nullable.Equals(Reach, other.Reach)
            && Nullable.Equals(Impact, other.Impact)
            && Nullable.Equals(Confidence, other.Confidence)
            && Nullable.Equals(Effort, other.Effort)
            && StatusValue == other.StatusValue
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Opportunity)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Equality.ListHash(TouchpointIds));
        hash.Add(Equality.ListHash(OutcomeIds));
        hash.Add(Reach);
        hash.Add(Impact);
        hash.Add(Confidence);
        hash.Add(Effort);
        hash.Add(StatusValue);
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
