using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>
/// The figures a comparison reports, in report order: the design's seven, then the additions
/// (<see cref="RolledCompleteAccurate"/>, <see cref="KpiValue"/>, <see cref="KpiAttainment"/>).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiffMetric>))]
public enum DiffMetric
{
    /// <summary>The experience score, 0..100; higher is better.</summary>
    Score,

    /// <summary>The Net Promoter Score, −100..100; higher is better; tested for significance.</summary>
    Nps,

    /// <summary>CSAT, the share of 4s and 5s ×100; higher is better; tested for significance.</summary>
    Csat,

    /// <summary>The customer effort score, mean 1..7; lower is better; tested for significance.</summary>
    Ces,

    /// <summary>The value stream's lead time in minutes; lower is better.</summary>
    LeadTimeMinutes,

    /// <summary>The value stream's process cycle efficiency, 0..1; higher is better.</summary>
    ProcessCycleEfficiency,

    /// <summary>The number of pain points; lower is better.</summary>
    PainPoints,

    /// <summary>The value stream's rolled complete-and-accurate share, 0..1; higher is better.</summary>
    RolledCompleteAccurate,

    /// <summary>A KPI's current value; better in the KPI's own direction.</summary>
    KpiValue,

    /// <summary>A KPI's attainment of its target, 0..1; higher is better.</summary>
    KpiAttainment,
}
