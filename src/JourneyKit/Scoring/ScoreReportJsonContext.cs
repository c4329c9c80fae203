using System.Text.Json.Serialization;

namespace JourneyKit.Scoring;

/// <summary>
/// The source-generated System.Text.Json context of the score report, version 1: camelCase names
/// in the design's order, camelCase enum names (each enum type names its converter, so no context
/// lists them), and every absent figure written as <c>null</c> (never left out). Use
/// <see cref="ScoreReportJson"/> to read and write reports.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(JourneyKit.Model.FiniteNumberConverter)])]
[JsonSerializable(typeof(JourneyScoreReport))]
internal sealed partial class ScoreReportJsonContext : JsonSerializerContext;
