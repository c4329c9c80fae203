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
}
