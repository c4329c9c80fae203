using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class NpsTallyTests
{
    // The design's example counts of ratings 0..10.
    private static readonly long[] DesignCounts = [3, 1, 2, 4, 5, 9, 11, 20, 25, 30, 40];

    [Fact]
    public void Score_DesignExample_MatchesHandComputation()
    {
        // n = 3+1+2+4+5+9+11+20+25+30+40 = 150
        // detractors (0..6) = 3+1+2+4+5+9+11 = 35, D = 35/150 = 0.233333…
        // promoters (9, 10) = 30+40 = 70,           P = 70/150 = 0.466666…
        // NPS = 100·(P − D) = 100·35/150 = 23.333333…
        // V = P + D − (P − D)² = 105/150 − (35/150)² = 0.7 − 0.0544444… = 0.6455555…
        // SE = 100·√(V/150) = 100·√0.00430370… = 6.560262…
        // interval = 23.333333 ± 1.959964·6.560262 = 23.333333 ± 12.857878 → [10.475455, 36.191211]
        var tally = NpsTally.FromCounts(DesignCounts);

        Assert.Equal(150, tally.N);
        Assert.Equal(70, tally.Promoters);
        Assert.Equal(35, tally.Detractors);
        Assert.Equal(45, tally.Passives);
        Assert.Equal(23.333333333, tally.Score!.Value, 8);
        Assert.Equal(6.560262, tally.StandardError!.Value, 5);
        var estimate = tally.Estimate()!.Value;
        Assert.Equal(10.475455, estimate.Low, 5);
        Assert.Equal(36.191211, estimate.High, 5);
        Assert.Equal(150, estimate.N);
    }
}
