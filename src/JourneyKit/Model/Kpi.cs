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
}
