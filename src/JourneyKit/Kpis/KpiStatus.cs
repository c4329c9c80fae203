using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>A KPI's traffic light, from its attainment.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<KpiStatus>))]
public enum KpiStatus
{
    /// <summary>Attainment at least 1: the target is met.</summary>
    Green,

    /// <summary>Attainment at least 0.5.</summary>
    Amber,

    /// <summary>Attainment below 0.5.</summary>
    Red,

    /// <summary>No attainment: the KPI has no current value or no target.</summary>
    Unknown,
}
