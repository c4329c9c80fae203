using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the journey map format v1: camelCase
/// names, camelCase enum names, ISO 8601 dates, absent values left out. Use <see cref="JourneySerializer"/>
/// rather than this context directly: it adds the reader settings, limits and error messages
/// of the format.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(CamelCaseEnumConverter<MapState>),
        typeof(CamelCaseEnumConverter<AdoptionCategory>),
        typeof(CamelCaseEnumConverter<StageKind>),
        typeof(CamelCaseEnumConverter<Channel>),
        typeof(CamelCaseEnumConverter<Initiator>),
        typeof(CamelCaseEnumConverter<OutcomeKind>),
        typeof(CamelCaseEnumConverter<KpiCategory>),
        typeof(CamelCaseEnumConverter<KpiDirection>),
        typeof(CamelCaseEnumConverter<OpportunityStatus>),
        typeof(CamelCaseEnumConverter<PlayMetric>),
        typeof(CamelCaseEnumConverter<ComparisonOperator>),
        typeof(Iso8601DateTimeOffsetConverter),
    ])]
[JsonSerializable(typeof(JourneyMap))]
internal sealed partial class JourneyJsonContext : JsonSerializerContext;
