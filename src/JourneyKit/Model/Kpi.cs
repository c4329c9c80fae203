using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A key performance indicator with its target, baseline and history.</summary>
public sealed record Kpi
{
    /// <summary>The KPI's identifier, unique among KPIs.</summary>
    public required string Id { get; init; }

    /// <summary>The KPI's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the KPI measures customer or organisational behaviour.</summary>
    public KpiCategory? Category { get; init; }

    /// <summary>The key of the calculator that computes the KPI's current value.</summary>
    /// <value>The default value is <c>"latest"</c>: the newest measurement.</value>
    [JsonIgnore]
    public string Calculator { get => CalculatorValue ?? DefaultCalculator; init => CalculatorValue = value; }

    // Nullable behind the public property so that a file without "calculator" is written back without it.
    [JsonInclude]
    [JsonPropertyName("calculator")]
    internal string? CalculatorValue { get; init; }

    /// <summary>Where in the journey the KPI applies; <see langword="null"/> for the whole map.</summary>
    public KpiScope? Scope { get; init; }

    /// <summary>The unit of the values, e.g. <c>"%"</c> or <c>"min"</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>Which way the KPI improves.</summary>
    /// <value>The default value is <see cref="KpiDirection.HigherIsBetter"/>.</value>
    [JsonIgnore]
    public KpiDirection Direction { get => DirectionValue ?? KpiDirection.HigherIsBetter; init => DirectionValue = value; }

    [JsonInclude]
    [JsonPropertyName("direction")]
    internal KpiDirection? DirectionValue { get; init; }

    /// <summary>The value before improvement work started.</summary>
    public double? Baseline { get; init; }

    /// <summary>The value aimed for.</summary>
    public double? Target { get; init; }

    /// <summary>Measured values; their order in the file does not matter.</summary>
    public IReadOnlyList<Measurement> Measurements { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The calculator used when none is named: <c>"latest"</c>.</summary>
    public const string DefaultCalculator = KpiCalculatorKeys.Latest;

    /// <summary>Whether <paramref name="other"/> is a Kpi with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Kpi? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Category == other.Category
            && CalculatorValue == other.CalculatorValue
            && Scope == other.Scope
            && Unit == other.Unit
            && DirectionValue == other.DirectionValue
            && Nullable.Equals(Baseline, other.Baseline)
            && Nullable.Equals(Target, other.Target)
            && Equality.ListEqual(Measurements, other.Measurements)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Kpi)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Category);
        hash.Add(CalculatorValue);
        hash.Add(Scope);
        hash.Add(Unit);
        hash.Add(DirectionValue);
        hash.Add(Baseline);
        hash.Add(Target);
        hash.Add(Equality.ListHash(Measurements));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
