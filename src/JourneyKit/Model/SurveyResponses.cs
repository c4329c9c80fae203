using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// Survey answers as counts per rating: exact, compact and mergeable.
/// </summary>
public sealed record SurveyResponses
{
    /// <summary>Counts of the Net Promoter ratings 0..10: exactly 11 non-negative numbers.</summary>
    public IReadOnlyList<long>? Nps { get; init; }

    /// <summary>Counts of the satisfaction ratings 1..5: exactly 5 non-negative numbers.</summary>
    public IReadOnlyList<long>? Csat { get; init; }

    /// <summary>Counts of the effort ratings 1..7 (1 = very easy, 7 = very hard): exactly 7 non-negative numbers.</summary>
    public IReadOnlyList<long>? Ces { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a SurveyResponses with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(SurveyResponses? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.ListEqual(Nps, other.Nps)
            && Equality.ListEqual(Csat, other.Csat)
            && Equality.ListEqual(Ces, other.Ces)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(SurveyResponses)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Equality.ListHash(Nps));
        hash.Add(Equality.ListHash(Csat));
        hash.Add(Equality.ListHash(Ces));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
