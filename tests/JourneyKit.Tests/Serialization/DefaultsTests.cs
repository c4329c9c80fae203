using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public class DefaultsTests
{
    [Fact]
    public void Read_OmittedFields_GetTheirDocumentedDefaults()
    {
        const string json = """
            {
              "schemaVersion": "1.0", "id": "m", "name": "M",
              "personas": [{ "id": "p", "name": "P" }],
              "stages": [{ "id": "s", "name": "S", "touchpoints": [{ "id": "t", "name": "T" }] }],
              "kpis": [{ "id": "k", "name": "K" }],
              "opportunities": [{ "id": "o", "title": "O" }],
              "outcomes": [{ "id": "x", "statement": "X", "importance": 1, "satisfaction": 2 }],
            }
            """;
        var map = new JourneySerializer().Read(json);

        Assert.Equal(MapState.Current, map.State);
        Assert.Equal(1, map.Personas[0].Weight);
        Assert.Equal(StageKind.Custom, map.Stages[0].Kind);
        Assert.Equal(Channel.Other, map.Stages[0].Touchpoints[0].Channel);
        Assert.Empty(map.Stages[0].Touchpoints[0].PersonaIds);
        Assert.Empty(map.Stages[0].Touchpoints[0].EmotionsByPersona);
        Assert.Equal("latest", map.Kpis[0].Calculator);
        Assert.Equal(KpiDirection.HigherIsBetter, map.Kpis[0].Direction);
        Assert.Empty(map.Kpis[0].Measurements);
        Assert.Equal(OpportunityStatus.Idea, map.Opportunities[0].Status);
        Assert.Equal(OutcomeKind.Positive, map.Outcomes[0].Kind);
        Assert.Empty(map.Processes);
        Assert.Empty(map.Playbooks);
    }

    [Fact]
    public void Read_EnumsAreCamelCase()
    {
        const string json = """
            { "schemaVersion": "1.0", "id": "m", "name": "M", "state": "future",
              "stages": [{ "id": "s", "name": "S", "kind": "purchase",
                           "touchpoints": [{ "id": "t", "name": "T", "channel": "mobileApp", "initiator": "company" }] }] }
            """;
        var serializer = new JourneySerializer();
        var map = serializer.Read(json);

        Assert.Equal(MapState.Future, map.State);
        Assert.Equal(StageKind.Purchase, map.Stages[0].Kind);
        Assert.Equal(Channel.MobileApp, map.Stages[0].Touchpoints[0].Channel);
        Assert.Contains("\"channel\": \"mobileApp\"", serializer.Write(map), StringComparison.Ordinal);
    }
}
