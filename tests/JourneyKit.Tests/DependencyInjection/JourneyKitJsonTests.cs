using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.DependencyInjection;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.DependencyInjection;

/// <summary>
/// <see cref="JourneyKitJson.TypeInfoResolver"/> chained into an application's own options (as
/// ASP.NET Core or a message bus would): our documents inside the application's payload keep the
/// format's exact shape, and read back.
/// </summary>
public class JourneyKitJsonTests
{
    /// <summary>An application's envelope, resolved by reflection; our types by the chained resolver.</summary>
    public sealed record Envelope<T>(string Kind, T Body);

    private static readonly JourneySerializer Serializer = new();

    private static JourneyMap Retail => Serializer.ReadFile(Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail.json"));

    private static JsonSerializerOptions ApplicationOptions()
    {
        // Settings unlike the format's: our documents must keep their shape regardless.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString,
        };
        options.TypeInfoResolverChain.Insert(0, JourneyKitJson.TypeInfoResolver);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        return options;
    }

    /// <summary>Wraps a document in an envelope with the application's options and returns the body as written there.</summary>
    private static (JsonNode Body, string Payload) RoundTrip<T>(T document)
    {
        var payload = JsonSerializer.Serialize(new Envelope<T>("doc", document), ApplicationOptions());
        var body = JsonNode.Parse(payload)!["body"]!;
        return (body, payload);
    }

    [Fact]
    public void Map_InsideAPayload_HasTheFormatsShape_AndReadsBack()
    {
        var map = Retail;
        var (body, payload) = RoundTrip(map);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Serializer.Write(map)), body), payload);
        var back = JsonSerializer.Deserialize<Envelope<JourneyMap>>(payload, ApplicationOptions())!.Body;
        Assert.Equal(Serializer.Write(map), Serializer.Write(back));
    }

    [Fact]
    public void ScoreReport_InsideAPayload_HasTheReportsShape_AndReadsBack()
    {
        var report = new JourneyScorer().Score(Retail);
        var (body, payload) = RoundTrip(report);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ScoreReportJson.Write(report)), body), payload);
        Assert.Contains("\"lowEmotion\"", payload, StringComparison.Ordinal); // camelCase enum names, not numbers
        var back = JsonSerializer.Deserialize<Envelope<JourneyScoreReport>>(payload, ApplicationOptions())!.Body;
        Assert.Equal(ScoreReportJson.Write(report), ScoreReportJson.Write(back));
    }

    [Fact]
    public void DiffReport_InsideAPayload_HasTheReportsShape()
    {
        var future = Serializer.ReadFile(Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail-future.json"));
        var report = new JourneyComparer().Compare(Retail, future);
        var (body, payload) = RoundTrip(report);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DiffReportJson.Write(report)), body), payload);
        var back = JsonSerializer.Deserialize<Envelope<JourneyDiffReport>>(payload, ApplicationOptions())!.Body;
        Assert.Equal(DiffReportJson.Write(report), DiffReportJson.Write(back));
    }

    [Fact]
    public void OtherTypes_AreLeftToTheNextResolver()
    {
        Assert.Null(JourneyKitJson.TypeInfoResolver.GetTypeInfo(typeof(Persona), ApplicationOptions()));
        Assert.Null(JourneyKitJson.TypeInfoResolver.GetTypeInfo(typeof(string), ApplicationOptions()));
    }

    [Fact]
    public void AnalyticsReport_InsideAPayload_HasTheReportsShape()
    {
        using var csv = File.OpenRead(Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail-events.csv"));
        var report = new JourneyAnalyzer().AnalyzeCsv(Retail, csv).Report;
        var (body, payload) = RoundTrip(report);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AnalyticsReportJson.Write(report)), body), payload);
    }

    [Fact]
    public void MonitoringReport_InsideAPayload_HasTheReportsShape_AndReadsBack()
    {
        using var csv = File.OpenRead(Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail-answers.csv"));
        var report = JourneyKit.Monitoring.SurveyMonitor.ReadCsv(Retail, csv).ToReport();
        var (body, payload) = RoundTrip(report);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JourneyKit.Monitoring.MonitoringReportJson.Write(report)), body), payload);
        Assert.Equal(report, JsonSerializer.Deserialize<Envelope<JourneyKit.Monitoring.MonitoringReport>>(payload, ApplicationOptions())!.Body);
    }
}
