using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Scoring;

/// <summary>Maps whose figures are worked out by hand in the tests that use them.</summary>
internal static class TestMaps
{
    /// <summary>
    /// Two personas (alice weight 3, bob weight 1), three stages, five touchpoints:
    /// t1 (emotion 1, bob −2; NPS 60), t2 (alice only, no emotion; CSAT 50), t3 (emotion −1; CES 5.5),
    /// t4 (emotion 3, bob 0), t5 (no signal); outcomes, KPIs, competitors, opportunities, playbooks.
    /// </summary>
    public const string RetailJson = """
        {
          "schemaVersion": "1.0", "id": "retail", "name": "Retail",
          "personas": [
            { "id": "alice", "name": "Alice", "weight": 3 },
            { "id": "bob", "name": "Bob", "weight": 1 }
          ],
          "stages": [
            { "id": "discover", "name": "Discover", "touchpoints": [
              { "id": "t1", "name": "Ad", "emotion": 1, "emotionsByPersona": { "bob": -2 },
                "owner": "marketing", "initiator": "customer",
                "processMinutes": 2, "waitMinutes": 0, "valueAdding": true, "completeAccurate": 0.9,
                "responses": { "nps": [0,0,0,0,0,0,2,0,0,3,5] } },
              { "id": "t2", "name": "Brochure", "personaIds": ["alice"],
                "owner": "marketing", "initiator": "company",
                "processMinutes": 1, "waitMinutes": 5, "valueAdding": false,
                "responses": { "csat": [1,1,0,1,1] } }
            ] },
            { "id": "buy", "name": "Buy", "touchpoints": [
              { "id": "t3", "name": "Checkout", "emotion": -1,
                "owner": "sales", "initiator": "customer",
                "processMinutes": 3, "waitMinutes": 5, "valueAdding": true, "completeAccurate": 0.8,
                "responses": { "ces": [0,0,0,0,2,2,0] } },
              { "id": "t4", "name": "Confirmation", "emotion": 3, "emotionsByPersona": { "bob": 0 },
                "owner": "support" }
            ] },
            { "id": "after", "name": "After", "touchpoints": [
              { "id": "t5", "name": "Survey" }
            ] }
          ],
          "outcomes": [
            { "id": "o-d", "statement": "D", "importance": 4, "satisfaction": 4 },
            { "id": "o-b", "statement": "B", "importance": 8, "satisfaction": 3 },
            { "id": "o-a", "statement": "A", "importance": 6, "satisfaction": 8 },
            { "id": "o-c", "statement": "C", "importanceResponses": [0,0,1,1,2], "satisfaction": 5 },
            { "id": "o-aa", "statement": "AA", "importance": 8, "satisfaction": 3 }
          ],
          "kpis": [
            { "id": "k1", "name": "Conversion", "baseline": 20, "target": 40, "measurements": [
              { "at": "2026-01-03T00:00:00Z", "value": 30 },
              { "at": "2026-01-01T00:00:00Z", "value": 20 },
              { "at": "2026-01-02T00:00:00Z", "value": 28 } ] },
            { "id": "k2", "name": "Handling time", "calculator": "mean", "direction": "lowerIsBetter", "target": 10,
              "measurements": [
              { "at": "2026-02-11T00:00:00Z", "value": 15 },
              { "at": "2026-02-01T00:00:00Z", "value": 20 } ] },
            { "id": "k3", "name": "Buy lead time", "calculator": "leadTime", "scope": { "stageId": "buy" },
              "direction": "lowerIsBetter", "target": 10 },
            { "id": "k4", "name": "Ad NPS", "calculator": "nps", "scope": { "touchpointId": "t1" }, "baseline": 80, "target": 90 },
            { "id": "k5", "name": "Not measured yet", "target": 5 },
            { "id": "k6", "name": "Bob's effort", "calculator": "ces", "scope": { "personaId": "bob" } },
            { "id": "k7", "name": "Efficiency", "calculator": "pce", "baseline": 0.5, "target": 0.5 }
          ],
          "opportunities": [
            { "id": "op-x", "title": "X", "reach": 1000, "impact": 2, "confidence": 0.5, "effort": 2 },
            { "id": "op-done", "title": "Done", "reach": 9000, "impact": 3, "confidence": 1, "effort": 1, "status": "done" },
            { "id": "op-a", "title": "A", "reach": 100, "impact": 3, "confidence": 1, "effort": 1, "status": "planned" },
            { "id": "op-missing", "title": "Missing", "reach": 100, "impact": 3, "confidence": 1 },
            { "id": "op-b", "title": "B", "reach": 500, "impact": 1, "confidence": 1, "effort": 1, "status": "inProgress" }
          ],
          "competitors": [
            { "id": "acme", "name": "Acme", "stageScores": { "discover": 70, "buy": 40 } },
            { "id": "beta", "name": "Beta", "stageScores": { "discover": 70, "after": 50 } }
          ],
          "playbooks": [
            { "id": "pb1", "name": "One", "plays": [
              { "id": "p-a", "when": { "metric": "nps", "targetId": "t1", "op": "gt", "value": 50 }, "action": "Thank promoters", "owner": "marketing", "priority": 2 },
              { "id": "p-b", "when": { "metric": "stageScore", "targetId": "after", "op": "lt", "value": 50 }, "action": "Never fires: no score", "priority": 0 },
              { "id": "p-c", "when": { "metric": "ces", "targetId": "buy", "op": "ge", "value": 5 }, "action": "Simplify checkout" },
              { "id": "p-d", "when": { "metric": "emotion", "targetId": "t1", "op": "lt", "value": 0 }, "action": "Rework the ad", "priority": 1 }
            ] },
            { "id": "pb2", "name": "Two", "plays": [
              { "id": "p-e", "when": { "metric": "journeyScore", "op": "lt", "value": 60 }, "action": "Review the journey", "priority": 2 },
              { "id": "p-f", "when": { "metric": "kpiAttainment", "targetId": "k1", "op": "eq", "value": 0.5 }, "action": "Push conversion", "priority": 1 },
              { "id": "p-g", "when": { "metric": "opportunityScore", "targetId": "o-b", "op": "ne", "value": 13 }, "action": "Never fires: equal", "priority": 1 },
              { "id": "p-h", "when": { "metric": "touchpointScore", "targetId": "t5", "op": "lt", "value": 100 }, "action": "Never fires: no score", "priority": 1 },
              { "id": "p-i", "when": { "metric": "csat", "targetId": "t2", "op": "le", "value": 50 }, "action": "Rewrite the brochure", "priority": 3 }
            ] }
          ]
        }
        """;

    public static JourneyMap Retail => Read(RetailJson);

    public static JourneyMap Read(string json) => new JourneySerializer().Read(json);

    /// <summary>A map of one stage with the given touchpoints and personas.</summary>
    public static JourneyMap Single(IReadOnlyList<Touchpoint> touchpoints, IReadOnlyList<Persona>? personas = null) => new()
    {
        Id = "m",
        Name = "M",
        Personas = personas ?? [],
        Stages = [new Stage { Id = "s", Name = "S", Touchpoints = touchpoints }],
    };

    public static Touchpoint Tp(string id, double? emotion = null) => new() { Id = id, Name = id, Emotion = emotion };
}
