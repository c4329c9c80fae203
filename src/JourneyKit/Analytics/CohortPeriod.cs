using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>The UTC period that groups customers into cohorts by their entry t₁.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CohortPeriod>))]
public enum CohortPeriod
{
    /// <summary>A UTC calendar day.</summary>
    Day,

    /// <summary>An ISO week, starting on Monday (UTC).</summary>
    Week,

    /// <summary>A UTC calendar month.</summary>
    Month,
}
