using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>Where a stage stands against the best competitor.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BenchmarkPosition>))]
public enum BenchmarkPosition
{
    /// <summary>Our stage score is at least the best competitor's (gap ≥ 0).</summary>
    Leading,

    /// <summary>Our stage score is below the best competitor's.</summary>
    Behind,
}
