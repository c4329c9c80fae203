using System.Text.Json.Serialization;

namespace JourneyKit.Comparison;

/// <summary>
/// The source-generated System.Text.Json context of the diff report: camelCase names in the
/// design's order, camelCase enum names (each enum type names its converter, so no context lists
/// them), and every absent value written as <c>null</c> (never left out). Use
/// <see cref="DiffReportJson"/> to read and write reports.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(JourneyKit.Model.FiniteNumberConverter)])]
[JsonSerializable(typeof(JourneyDiffReport))]
internal sealed partial class DiffReportJsonContext : JsonSerializerContext;
