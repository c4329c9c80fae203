using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Comparison;

/// <summary>Small maps for the comparison tests, written as JSON so they read like the files users keep.</summary>
internal static class TestMaps
{
    private static readonly JourneySerializer Serializer = new();

    public static JourneyMap Read(string json) => Serializer.Read(json);

    /// <summary>A map that uses every kind of entity the structural diff matches.</summary>
    public const string Rich = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "personas": [{ "id": "parent", "name": "Parent", "weight": 0.6 }, { "id": "student", "name": "Student" }],
          "stages": [
            { "id": "awareness", "name": "Awareness", "kind": "awareness", "touchpoints": [
              { "id": "ad", "name": "Ad", "channel": "advertising", "emotion": 1, "processMinutes": 1, "waitMinutes": 0 },
              { "id": "review", "name": "Review", "channel": "reviews", "emotion": 0,
                "emotionsByPersona": { "parent": 1, "student": -1 } }
            ]},
            { "id": "purchase", "name": "Purchase", "kind": "purchase", "touchpoints": [
              { "id": "demo", "name": "Demo", "channel": "web", "emotion": -1, "owner": "sales",
                "responses": { "nps": [1,1,1,1,1,1,1,1,1,1,1] } },
              { "id": "checkout", "name": "Checkout", "emotion": 2, "x-note": "keep" }
            ]}
          ],
          "outcomes": [{ "id": "find", "statement": "Find it fast", "importance": 8, "satisfaction": 4, "stageId": "awareness" }],
          "processes": [{ "id": "sell", "name": "Selling" }],
          "kpis": [{ "id": "conv", "name": "Conversion", "baseline": 20, "target": 30,
                     "measurements": [{ "at": "2026-01-01T00:00:00Z", "value": 22 }] }],
          "opportunities": [{ "id": "faster", "title": "Faster checkout", "reach": 100, "impact": 1, "confidence": 0.5, "effort": 2 }],
          "competitors": [{ "id": "acme", "name": "Acme", "stageScores": { "purchase": 70 } }],
          "playbooks": [{ "id": "rescue", "name": "Rescue", "plays": [
            { "id": "call", "when": { "metric": "nps", "targetId": "demo", "op": "lt", "value": 0 }, "action": "Call" }] }]
        }
        """;
}
