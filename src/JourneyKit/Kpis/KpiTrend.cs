using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>Which way a KPI's measurements move, judged by its direction.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<KpiTrend>))]
public enum KpiTrend
{
    /// <summary>The slope points the way the KPI improves.</summary>
    Improving,

    /// <summary>The slope points the other way.</summary>
    Declining,

    /// <summary>The slope is absent (fewer than 2 measurements) or smaller than <see cref="KpiContext.TrendFlatEpsilon"/> (the scoring option <c>TrendFlatEpsilon</c>).</summary>
    Flat,
}
