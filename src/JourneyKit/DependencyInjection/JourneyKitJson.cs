using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.DependencyInjection;

/// <summary>
/// The System.Text.Json metadata of every JourneyKit document — the map (<c>JourneyMap</c>) and the
/// score, diff and analytics reports — for applications that carry them inside their own payloads
/// (ASP.NET Core minimal APIs and controllers, message buses, caches). Chain it into the
/// application's options; the documents keep the format's names and rules whatever those options
/// say (camelCase names and enum names, ISO 8601 instants, absent map fields left out, absent
/// report figures written as <c>null</c>, duplicate properties refused): a document is written and
/// read with the format's own settings, only the indentation follows the application's writer.
/// </summary>
/// <remarks>
/// The resolver covers the four documents as wholes (<see cref="JourneyMap"/>,
/// <see cref="JourneyScoreReport"/>, <see cref="JourneyDiffReport"/>,
/// <see cref="JourneyAnalyticsReport"/>), not their parts on their own; it returns
/// <see langword="null"/> for every other type, so the next resolver in the chain serves it. It is
/// source-generated metadata: no reflection, safe for trimming and native AOT.
/// To write a document on its own, with the format's indentation and final newline, use
/// <c>JourneySerializer</c>, <c>ScoreReportJson</c>, <c>DiffReportJson</c> or
/// <c>AnalyticsReportJson</c> instead.
/// </remarks>
/// <example><code>
/// builder.Services.ConfigureHttpJsonOptions(o =>
///     o.SerializerOptions.TypeInfoResolverChain.Insert(0, JourneyKitJson.TypeInfoResolver));
/// </code></example>
public static class JourneyKitJson
{
    /// <summary>The resolver of the map and every report type, to chain into a <see cref="System.Text.Json.JsonSerializerOptions"/>.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new DocumentResolver();

    private sealed class DocumentResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(type);
            ArgumentNullException.ThrowIfNull(options);
            return type == typeof(JourneyMap) ? Document(options, (JsonTypeInfo<JourneyMap>)JourneySerializer.DefaultSerializerOptions.GetTypeInfo(typeof(JourneyMap)))
                : type == typeof(JourneyScoreReport) ? Document(options, ScoreReportJsonContext.Default.JourneyScoreReport)
                : type == typeof(JourneyDiffReport) ? Document(options, DiffReportJsonContext.Default.JourneyDiffReport)
                : type == typeof(JourneyAnalyticsReport) ? Document(options, AnalyticsJsonContext.Default.JourneyAnalyticsReport)
                : type == typeof(MonitoringReport) ? Document(options, MonitoringJsonContext.Default.MonitoringReport)
                : null;
        }

        private static JsonTypeInfo<T> Document<T>(JsonSerializerOptions options, JsonTypeInfo<T> format) =>
            JsonMetadataServices.CreateValueInfo<T>(options, new DocumentConverter<T>(format));
    }

    /// <summary>Writes and reads a document with the format's own metadata, inside the application's writer and reader.</summary>
    private sealed class DocumentConverter<T>(JsonTypeInfo<T> format) : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, format);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, format);
    }
}
