using System.Text.Json.Serialization;

namespace JourneyKit.Monitoring;

/// <summary>The length of a monitoring period, in UTC; written lowercase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonitoringPeriod>))]
public enum MonitoringPeriod
{
    /// <summary>A UTC day.</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>An ISO week: Monday 00:00 UTC to the next Monday; a week across a year boundary is one week.</summary>
    [JsonStringEnumMemberName("week")]
    Week,

    /// <summary>A UTC calendar month.</summary>
    [JsonStringEnumMemberName("month")]
    Month,
}
