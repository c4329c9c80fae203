using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>The condition of a play: <c>metric(targetId) op value</c>.</summary>
public sealed record PlayCondition
{
    /// <summary>The figure of the score report to look at.</summary>
    public required PlayMetric Metric { get; init; }

    /// <summary>The touchpoint, stage, KPI or outcome the metric is read at; none for <see cref="PlayMetric.JourneyScore"/>.</summary>
    public string? TargetId { get; init; }

    /// <summary>How the metric is compared with <see cref="Value"/>.</summary>
    public required ComparisonOperator Op { get; init; }

    /// <summary>The threshold.</summary>
    public required double Value { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
