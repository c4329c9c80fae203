using System.Text.Json.Serialization;

namespace JourneyKit.Monitoring;

/// <summary>The survey a monitored answer belongs to; written lowercase (<c>nps</c>, <c>csat</c>, <c>ces</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SurveyMetric>))]
public enum SurveyMetric
{
    /// <summary>Net Promoter Score: ratings 0..10.</summary>
    [JsonStringEnumMemberName("nps")]
    Nps,

    /// <summary>Customer satisfaction: ratings 1..5.</summary>
    [JsonStringEnumMemberName("csat")]
    Csat,

    /// <summary>Customer effort: ratings 1..7 (lower is better).</summary>
    [JsonStringEnumMemberName("ces")]
    Ces,
}
