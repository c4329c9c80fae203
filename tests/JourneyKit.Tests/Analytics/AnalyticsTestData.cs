using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics;

/// <summary>A small map and helpers shared by the analytics tests.</summary>
internal static class AnalyticsTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Stages a, b, c, d; touchpoints a1 (customer), a2 (company), b1 (customer), c1 (no initiator), d1 (company).</summary>
    public static JourneyMap Map { get; } = new()
    {
        Id = "test-map",
        Name = "Test map",
        Stages =
        [
            new Stage { Id = "a", Name = "A", Touchpoints = [Tp("a1", Initiator.Customer), Tp("a2", Initiator.Company)] },
            new Stage { Id = "b", Name = "B", Touchpoints = [Tp("b1", Initiator.Customer)] },
            new Stage { Id = "c", Name = "C", Touchpoints = [Tp("c1", null)] },
            new Stage { Id = "d", Name = "D", Touchpoints = [Tp("d1", Initiator.Company)] },
        ],
    };

    public static readonly string[] TouchpointIds = ["a1", "a2", "b1", "c1", "d1"];

    public static JourneyEvent E(string customer, string touchpoint, double seconds) =>
        new(customer, touchpoint, T0.AddSeconds(seconds));

    public static string Json(JourneyAnalyticsReport report) =>
        AnalyticsReportJson.Write(report);

    public static JourneyAnalyticsReport Analyze(IEnumerable<JourneyEvent> events, int parallelism = 2) =>
        new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { MaxDegreeOfParallelism = parallelism });

    private static Touchpoint Tp(string id, Initiator? initiator) => new() { Id = id, Name = id.ToUpperInvariant(), Initiator = initiator };
}
