using System.Text.Json.Serialization;
using JourneyKit.Analytics;

namespace JourneyKit.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of <see cref="JourneyAnalyticsReport"/>: camelCase
/// names, every property written (an absent figure is <c>null</c>, not left out), indented.
/// </summary>
/// <example><code>var json = JsonSerializer.Serialize(report, AnalyticsJsonContext.Default.JourneyAnalyticsReport);</code></example>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(JourneyAnalyticsReport))]
public sealed partial class AnalyticsJsonContext : JsonSerializerContext;
