using System.Text.Json;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Tests.Scoring;

namespace JourneyKit.Tests.Serialization;

public class ReportJsonContextTests
{
    /// <summary>The score report example of the design (docs/journeykit.md, "The score report"), verbatim.</summary>
    private const string DesignShape = """
        {
          "mapId": "online-retail",
          "journeyScore": 61.4,
          "personas":    [{ "personaId": "busy-parent", "score": 58.0, "peakEnd": -0.5 }],
          "stages":      [{ "stageId": "purchase", "score": 55.1,
                            "nps":  { "value": 12.5, "low": 3.1, "high": 21.9, "n": 240 },
                            "csat": { "value": 80.0, "low": 74.2, "high": 84.7, "n": 180 },
                            "ces":  { "value": 2.9,  "low": 2.7,  "high": 3.1,  "n": 90 },
                            "valueStream": { "leadTimeMinutes": 30, "valueAddedMinutes": 12,
                                             "processCycleEfficiency": 0.4, "rolledCompleteAccurate": 0.81,
                                             "bottleneckTouchpointId": "payment", "wasteTouchpointIds": ["queue"],
                                             "handoffs": 1 } }],
          "touchpoints": [{ "touchpointId": "payment", "stageId": "purchase", "score": 40.0,
                            "nps": null, "csat": null, "ces": { "value": 5.4, "low": 5.1, "high": 5.7, "n": 60 } }],
          "painPoints":  [{ "touchpointId": "payment", "reasons": ["lowEmotion", "highEffort"], "personaIds": ["busy-parent"] }],
          "delights":    [{ "touchpointId": "unboxing", "reasons": ["highEmotion"], "personaIds": ["busy-parent"] }],
          "outcomes":    [{ "outcomeId": "find-size", "importance": 8.4, "satisfaction": 3.9,
                            "opportunity": 12.9, "classification": "underserved" }],
          "valueStream": { "leadTimeMinutes": 95, "valueAddedMinutes": 31, "processCycleEfficiency": 0.326,
                           "rolledCompleteAccurate": 0.62, "bottleneckTouchpointId": "delivery",
                           "wasteTouchpointIds": ["queue", "re-enter-address"], "handoffs": 4 },
          "customerInitiatedShare": 0.6,
          "kpis":        [{ "kpiId": "checkout-conversion", "value": 29.5, "target": 35, "attainment": 0.214,
                            "status": "red", "slopePerDay": 0.05, "trend": "improving" }],
          "benchmarks":  [{ "stageId": "consideration", "score": 55.1, "bestCompetitorId": "acme",
                            "bestScore": 71, "gap": -15.9, "position": "behind" }],
          "backlog":     [{ "opportunityId": "kids-size-chart", "rice": 6400, "rank": 1 }],
          "firedPlays":  [{ "playbookId": "recover-detractors", "playId": "call-back", "priority": 1, "value": -12.0 }]
        }
        """;

    private static JsonElement Written(JourneyScoreReport report) =>
        JsonDocument.Parse(ScoreReportJson.Write(report)).RootElement;

    [Fact]
    public void Write_HasTheDesignsPropertyNamesInTheDesignsOrder()
    {
        var design = JsonDocument.Parse(DesignShape).RootElement;
        var ours = Written(new JourneyScorer().Score(TestMaps.Retail));

        AssertShape(design, [ours], "$");
    }

    [Fact]
    public void Write_AbsentFiguresAreNull_NotLeftOut()
    {
        var map = TestMaps.Single([TestMaps.Tp("a")]);
        var json = Written(new JourneyScorer().Score(map));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("journeyScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("customerInitiatedShare").ValueKind);
        var touchpoint = json.GetProperty("touchpoints")[0];
        Assert.Equal(JsonValueKind.Null, touchpoint.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, touchpoint.GetProperty("nps").ValueKind);
        var stream = json.GetProperty("valueStream");
        Assert.Equal(JsonValueKind.Null, stream.GetProperty("leadTimeMinutes").ValueKind);
        Assert.Equal(JsonValueKind.Null, stream.GetProperty("bottleneckTouchpointId").ValueKind);
        Assert.Equal(0, stream.GetProperty("wasteTouchpointIds").GetArrayLength());
    }

    [Fact]
    public void Write_EnumsAreCamelCase()
    {
        var json = Written(new JourneyScorer().Score(TestMaps.Retail));

        Assert.Equal(["lowEmotion", "emotionDrop", "highEffort"], json.GetProperty("painPoints")[1].GetProperty("reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["promoterHeavy"], json.GetProperty("delights")[0].GetProperty("reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["underserved", "underserved", "underserved", "overserved", "appropriatelyServed"], json.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("classification").GetString()));
        Assert.Equal(["amber", "amber", "green", "red", "unknown", "unknown", "amber"], json.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("status").GetString()));
        Assert.Equal(["improving", "improving", "flat", "flat", "flat", "flat", "flat"], json.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("trend").GetString()));
        Assert.Equal(["behind", "leading", null], json.GetProperty("benchmarks").EnumerateArray().Select(b => b.GetProperty("position").GetString()));
    }

    [Fact]
    public void Write_FiguresAreNotRounded()
    {
        var report = new JourneyScorer().Score(TestMaps.Retail);
        var text = ScoreReportJson.Write(report);

        Assert.Equal(report.JourneyScore, JsonDocument.Parse(text).RootElement.GetProperty("journeyScore").GetDouble()); // bit for bit
        Assert.Contains("\"journeyScore\": 58.33333333333", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RoundTrips()
    {
        var json = ScoreReportJson.Write(new JourneyScorer().Score(TestMaps.Retail));
        Assert.Equal(json, ScoreReportJson.Write(ScoreReportJson.Read(json)));
    }

    [Fact]
    public void Write_ToAStream_IsTheSameDocument()
    {
        var report = new JourneyScorer().Score(TestMaps.Retail);
        using var stream = new MemoryStream();

        ScoreReportJson.Write(report, stream);

        Assert.Equal(ScoreReportJson.Write(report), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.EndsWith("}\n", ScoreReportJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Malformed_ThrowsJourneyFormatException()
    {
        var e = Assert.Throws<JourneyFormatException>(() => ScoreReportJson.Read("{ \"mapId\": 3 }"));
        Assert.Equal("$.mapId", e.Path);
    }

    /// <summary>
    /// Every object of the design must appear in ours with exactly its property names in its order;
    /// an array's first design element is compared with every element of ours at that path.
    /// </summary>
    private static void AssertShape(JsonElement design, IReadOnlyList<JsonElement> ours, string path)
    {
        switch (design.ValueKind)
        {
            case JsonValueKind.Object:
                var objects = ours.Where(o => o.ValueKind == JsonValueKind.Object).ToList();
                Assert.True(objects.Count > 0, $"The test report has no object at {path} to compare with the design; extend the test map.");
                var names = design.EnumerateObject().Select(p => p.Name).ToList();
                foreach (var obj in objects)
                {
                    Assert.Equal(names, obj.EnumerateObject().Select(p => p.Name));
                }

                foreach (var property in design.EnumerateObject())
                {
                    AssertShape(property.Value, [.. objects.Select(o => o.GetProperty(property.Name))], $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array when design.GetArrayLength() > 0:
                var elements = ours.Where(a => a.ValueKind == JsonValueKind.Array).SelectMany(a => a.EnumerateArray()).ToList();
                Assert.True(elements.Count > 0, $"The test report has no element at {path}[] to compare with the design; extend the test map.");
                AssertShape(design[0], elements, $"{path}[]");
                break;
            default:
                foreach (var value in ours)
                {
                    Assert.True(
                        value.ValueKind == JsonValueKind.Null || design.ValueKind == JsonValueKind.Null || Kind(value) == Kind(design),
                        $"{path}: the design has a {design.ValueKind}, the report a {value.ValueKind}.");
                }

                break;
        }
    }

    private static JsonValueKind Kind(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? JsonValueKind.True : e.ValueKind;
}
