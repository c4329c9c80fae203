namespace JourneyKit.Tests.Comparison;

/// <summary>
/// A before and an after snapshot of one small journey whose every figure is worked by hand in
/// <see cref="JourneyComparerTests"/>. No personas, so each touchpoint's emotion is its plain
/// <c>emotion</c> and the journey score is the mean of the stage scores.
/// </summary>
internal static class ImpactMaps
{
    public const string Before = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [
            { "id": "awareness", "name": "Awareness", "touchpoints": [
              { "id": "ad", "name": "Ad", "emotion": 1, "processMinutes": 2, "waitMinutes": 8, "valueAdding": true, "completeAccurate": 0.9 }
            ]},
            { "id": "purchase", "name": "Purchase", "touchpoints": [
              { "id": "demo", "name": "Demo", "emotion": -1, "processMinutes": 10, "waitMinutes": 20, "valueAdding": true,
                "responses": { "nps": [10,0,0,0,0,0,0,0,50,0,40] } },
              { "id": "checkout", "name": "Checkout", "processMinutes": 5, "waitMinutes": 5, "valueAdding": false, "completeAccurate": 0.8,
                "responses": { "csat": [30,0,0,0,70], "ces": [1,2,3,2,1,1,0] } }
            ]}
          ],
          "kpis": [
            { "id": "conv", "name": "Conversion", "baseline": 20, "target": 30, "measurements": [{ "at": "2026-01-01T00:00:00Z", "value": 22 }] },
            { "id": "wait", "name": "Wait", "direction": "lowerIsBetter", "baseline": 40, "target": 10, "measurements": [{ "at": "2026-01-01T00:00:00Z", "value": 30 }] }
          ]
        }
        """;

    public const string After = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [
            { "id": "awareness", "name": "Awareness", "touchpoints": [
              { "id": "ad", "name": "Ad", "emotion": 1, "processMinutes": 2, "waitMinutes": 8, "valueAdding": true, "completeAccurate": 0.9 }
            ]},
            { "id": "purchase", "name": "Purchase", "touchpoints": [
              { "id": "demo", "name": "Demo", "emotion": 1, "processMinutes": 10, "waitMinutes": 20, "valueAdding": true,
                "responses": { "nps": [100,0,0,0,0,0,0,0,900,0,1000] } },
              { "id": "checkout", "name": "Checkout", "processMinutes": 5, "waitMinutes": 0, "valueAdding": false, "completeAccurate": 0.8,
                "responses": { "csat": [400,0,0,0,1600], "ces": [3,4,2,1,0,0,0] } }
            ]}
          ],
          "kpis": [
            { "id": "conv", "name": "Conversion", "baseline": 20, "target": 30, "measurements": [{ "at": "2026-02-01T00:00:00Z", "value": 26 }] },
            { "id": "wait", "name": "Wait", "direction": "lowerIsBetter", "baseline": 40, "target": 10, "measurements": [{ "at": "2026-02-01T00:00:00Z", "value": 20 }] }
          ]
        }
        """;
}
