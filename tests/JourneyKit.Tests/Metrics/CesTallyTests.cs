using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class CesTallyTests
{
    [Fact]
    public void Estimate_DesignExample_MatchesHandComputation()
    {
        // Counts of 1..7 = [10, 20, 30, 15, 10, 5, 2]: n = 92,
        // Σ r·c = 10 + 40 + 90 + 60 + 50 + 30 + 14 = 294, mean = 294/92 = 3.19565217
        // Σ c·(r − mean)² = 188.47826087, s = √(188.47826087/91) = 1.43916284, SE = s/√92 = 0.15004310
        // interval = 3.19565217 ± 1.959964·0.15004310 = 3.19565217 ± 0.29407907 → [2.90157310, 3.48973124]
        var tally = CesTally.FromCounts([10, 20, 30, 15, 10, 5, 2]);

        Assert.Equal(92, tally.N);
        Assert.Equal(3.19565217, tally.Mean!.Value, 7);
        Assert.Equal(tally.Mean, tally.Score);
        Assert.Equal(1.43916284, tally.StandardDeviation!.Value, 7);
        Assert.Equal(0.15004310, tally.StandardError!.Value, 7);
        var estimate = tally.Estimate()!.Value;
        Assert.Equal(2.90157310, estimate.Low, 7);
        Assert.Equal(3.48973124, estimate.High, 7);
    }

    [Fact]
    public void Estimate_OneAnswer_IsThePoint()
    {
        var tally = CesTally.FromCounts([0, 0, 1, 0, 0, 0, 0]);

        Assert.Equal(3, tally.Mean);
        Assert.Null(tally.StandardDeviation);
        Assert.Null(tally.StandardError);
        Assert.Equal(new SurveyEstimate(3, 3, 3, 1), tally.Estimate());
    }

    [Fact]
    public void Estimate_TwoSpreadAnswers_IsNotClipped()
    {
        // Ratings 1 and 7: mean 4, s = √((9 + 9)/1) = 4.24264069, SE = s/√2 = 3,
        // interval 4 ± 5.879892 = [−1.879892, 9.879892]: the design's formula, not clipped to 1..7.
        var estimate = CesTally.FromRatings([1, 7]).Estimate()!.Value;

        Assert.Equal(4, estimate.Value);
        Assert.Equal(-1.879892, estimate.Low, 6);
        Assert.Equal(9.879892, estimate.High, 6);
    }

    [Fact]
    public void Estimate_AllAlike_HasNoSpread()
    {
        var tally = CesTally.FromCounts([0, 8, 0, 0, 0, 0, 0]);

        Assert.Equal(0, tally.StandardDeviation);
        Assert.Equal(new SurveyEstimate(2, 2, 2, 8), tally.Estimate());
    }

    [Fact]
    public void Score_EmptyTally_IsAbsent()
    {
        foreach (var tally in new[] { CesTally.Empty, CesTally.FromCounts(new long[7]), CesTally.FromRatings(ReadOnlySpan<byte>.Empty) })
        {
            Assert.Equal(0, tally.N);
            Assert.Null(tally.Score);
            Assert.Null(tally.Mean);
            Assert.Null(tally.StandardDeviation);
            Assert.Null(tally.Estimate());
        }
    }

    [Fact]
    public void Mean_HugeCounts_DoNotOverflow()
    {
        // Σ r·c = 7·long.MaxValue would wrap a long; the mean is still exactly 7.
        var tally = CesTally.FromCounts([0, 0, 0, 0, 0, 0, long.MaxValue]);

        Assert.Equal(7, tally.Mean);
        Assert.Equal(0, tally.StandardDeviation);
    }

    [Fact]
    public void FromRatings_OutOfRange_NamesValueAndIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => CesTally.FromRatings([1, 2, 8]));
        Assert.Contains("index 2 is 8", error.Message);
        Assert.Contains("[1-7]", error.Message);
    }

    [Fact]
    public void Equality_IsByCounts()
    {
        Assert.Equal(CesTally.FromCounts([1, 0, 0, 0, 0, 0, 2]), CesTally.FromRatings([7, 1, 7]));
        Assert.Equal("CES [10, 20, 30, 15, 10, 5, 2]", CesTally.FromCounts([10, 20, 30, 15, 10, 5, 2]).ToString());
    }
}
