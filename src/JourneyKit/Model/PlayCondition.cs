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

    /// <summary>Whether <paramref name="other"/> is a PlayCondition with the same values: compares every property; unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(PlayCondition? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Metric == other.Metric
            && TargetId == other.TargetId
            && Op == other.Op
            && Value.Equals(other.Value)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(PlayCondition)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Metric);
        hash.Add(TargetId);
        hash.Add(Op);
        hash.Add(Value);
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
