using System.Text.Json.Serialization;

namespace JourneyKit.Monitoring;

/// <summary>
/// The source-generated System.Text.Json context of <see cref="MonitoringReport"/>: camelCase names,
/// every property written (an absent figure is <c>null</c>), indented. Users go through <see cref="MonitoringReportJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(MonitoringReport))]
internal sealed partial class MonitoringJsonContext : JsonSerializerContext;
