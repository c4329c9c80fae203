using System.Text.Json.Serialization;

namespace JourneyKit.Analytics;

/// <summary>
/// The source-generated System.Text.Json context of <see cref="JourneyAnalyticsReport"/>: camelCase
/// names, every property written (an absent figure is <c>null</c>, not left out), indented.
/// Users go through <see cref="AnalyticsReportJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(JourneyAnalyticsReport))]
internal sealed partial class AnalyticsJsonContext : JsonSerializerContext;
