using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>How well an outcome is served, from its opportunity score (Outcome-Driven Innovation).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OutcomeClassification>))]
public enum OutcomeClassification
{
    /// <summary>Opportunity at least <see cref="ScoringOptions.UnderservedThreshold"/> (10): worth investing in.</summary>
    Underserved,

    /// <summary>Satisfaction above importance: possibly over-invested.</summary>
    Overserved,

    /// <summary>Neither underserved nor overserved.</summary>
    AppropriatelyServed,
}
