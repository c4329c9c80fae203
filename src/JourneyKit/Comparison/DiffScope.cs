using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>Where in the journey a compared figure belongs.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiffScope>))]
public enum DiffScope
{
    /// <summary>The whole journey.</summary>
    Journey,

    /// <summary>A stage.</summary>
    Stage,

    /// <summary>A touchpoint.</summary>
    Touchpoint,

    /// <summary>A KPI (an addition to the design's scopes).</summary>
    Kpi,
}
