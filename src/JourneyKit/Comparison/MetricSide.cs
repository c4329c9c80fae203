using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>One of the two maps compared.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MetricSide>))]
public enum MetricSide
{
    /// <summary>The first map: the earlier snapshot, or the current state.</summary>
    Before,

    /// <summary>The second map: the later snapshot, or the future state.</summary>
    After,
}
