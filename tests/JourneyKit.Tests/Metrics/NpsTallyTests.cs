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
        Assert.Equal(23.333333333, estimate.Value, 8);
        Assert.Equal(10.475455, estimate.Low, 5);
        Assert.Equal(36.191211, estimate.High, 5);
        Assert.Equal(150, estimate.N);
    }

    [Fact]
    public void Score_EmptyTally_IsAbsent()
    {
        foreach (var tally in new[] { NpsTally.Empty, NpsTally.FromCounts(new long[11]), NpsTally.FromRatings(ReadOnlySpan<byte>.Empty), NpsTally.FromRatings(Array.Empty<int>()) })
        {
            Assert.Equal(0, tally.N);
            Assert.Null(tally.Score);
            Assert.Null(tally.StandardError);
            Assert.Null(tally.Estimate());
            Assert.Equal(new long[11], tally.Counts);
        }
    }

    [Theory]
    [InlineData(0, -100)]
    [InlineData(6, -100)]
    [InlineData(7, 0)]
    [InlineData(8, 0)]
    [InlineData(9, 100)]
    [InlineData(10, 100)]
    public void Estimate_OneAnswer_IsThePoint(int rating, double expected)
    {
        var tally = NpsTally.FromRatings([rating]);

        Assert.Equal(expected, tally.Score);
        Assert.Equal(new SurveyEstimate(expected, expected, expected, 1), tally.Estimate());
    }

    [Fact]
    public void Estimate_AllPromoters_IsOneHundredWithNoSpread()
    {
        // P = 1, D = 0: NPS = 100, V = 1 + 0 − 1² = 0, SE = 0.
        var tally = NpsTally.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 7]);

        Assert.Equal(100, tally.Score);
        Assert.Equal(0, tally.StandardError);
        Assert.Equal(new SurveyEstimate(100, 100, 100, 12), tally.Estimate());
    }

    [Fact]
    public void Estimate_AllDetractors_IsMinusOneHundredWithNoSpread()
    {
        // P = 0, D = 1: NPS = −100, V = 0 + 1 − (−1)² = 0, SE = 0.
        var tally = NpsTally.FromCounts([1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0]);

        Assert.Equal(-100, tally.Score);
        Assert.Equal(0, tally.StandardError);
        Assert.Equal(new SurveyEstimate(-100, -100, -100, 28), tally.Estimate());
    }

    [Fact]
    public void Estimate_WideInterval_IsClippedAtOneHundred()
    {
        // One promoter, one passive: P = 0.5, D = 0, NPS = 50, V = 0.5 − 0.25 = 0.25,
        // SE = 100·√(0.25/2) = 35.355339; 50 ± 1.959964·35.355339 = 50 ± 69.295192 → [−19.295192, 119.3 → 100].
        var estimate = NpsTally.FromRatings([9, 7]).Estimate()!.Value;

        Assert.Equal(50, estimate.Value, 10);
        Assert.Equal(-19.295192, estimate.Low, 5);
        Assert.Equal(100, estimate.High);
    }

    [Fact]
    public void Estimate_CustomZ_ScalesTheHalfWidth()
    {
        // Design example with z = 1: 23.333333 ± 6.560262.
        var estimate = NpsTally.FromCounts(DesignCounts).Estimate(1)!.Value;

        Assert.Equal(16.773071, estimate.Low, 5);
        Assert.Equal(29.893595, estimate.High, 5);
        Assert.Equal(new SurveyEstimate(23.333333333333332, 23.333333333333332, 23.333333333333332, 150), NpsTally.FromCounts(DesignCounts).Estimate(0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Estimate_InvalidZ_Throws(double z)
    {
        Assert.Throws<ArgumentOutOfRangeException>("z", () => NpsTally.FromCounts(DesignCounts).Estimate(z));
    }

    [Fact]
    public void FromCounts_WrongLength_NamesTheLength()
    {
        var error = Assert.Throws<ArgumentException>("counts", () => NpsTally.FromCounts([1, 2, 3]));

        Assert.Contains("exactly 11", error.Message);
        Assert.Contains("got 3", error.Message);
    }

    [Fact]
    public void FromCounts_NegativeCount_NamesTheIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("counts", () => NpsTally.FromCounts(new List<long> { 0, 0, 0, 0, -2, 0, 0, 0, 0, 0, 0 }));

        Assert.Contains("index 4 (rating 4) is -2", error.Message);
    }

    [Fact]
    public void FromCounts_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("counts", () => NpsTally.FromCounts((IReadOnlyList<long>)null!));
    }

    [Fact]
    public void FromCounts_TotalPastLongMaxValue_Overflows()
    {
        Assert.Throws<OverflowException>(() => NpsTally.FromCounts([long.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    }

    [Fact]
    public void Merge_TotalPastLongMaxValue_Overflows()
    {
        var big = NpsTally.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, long.MaxValue]);

        Assert.Throws<OverflowException>(() => big.Merge(NpsTally.FromRatings([3])));
    }

    [Fact]
    public void Score_HugeCounts_StayExact()
    {
        // Counts near long.MaxValue must not wrap: P = D = 0.5 gives NPS 0 and V = 1.
        var half = long.MaxValue / 2;
        var tally = NpsTally.FromCounts([half, 0, 0, 0, 0, 0, 0, 0, 0, 0, half]);

        Assert.Equal(0, tally.Score);
        Assert.Equal(100 * Math.Sqrt(1.0 / (2.0 * half)), tally.StandardError!.Value, 12);
    }

    [Fact]
    public void FromRatings_OutOfRange_NamesValueAndIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => NpsTally.FromRatings([5, 9, 11, 12]));
        Assert.Contains("index 2 is 11", error.Message);
        Assert.Contains("[0-10]", error.Message);

        error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => NpsTally.FromRatings([-1]));
        Assert.Contains("index 0 is -1", error.Message);

        error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => NpsTally.FromRatings((ReadOnlySpan<byte>)[1, 2, 3, 200]));
        Assert.Contains("index 3 is 200", error.Message);
    }

    [Fact]
    public void Equality_IsByCounts()
    {
        var a = NpsTally.FromCounts(DesignCounts);
        var b = NpsTally.FromRatings(Enumerable.Range(0, 11).SelectMany(r => Enumerable.Repeat(r, (int)DesignCounts[r])));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, NpsTally.Empty);
        Assert.False(a.Equals(null));
        Assert.Equal("NPS [3, 1, 2, 4, 5, 9, 11, 20, 25, 30, 40]", a.ToString());
    }

    [Fact]
    public void Counts_CannotBeChangedThroughTheTally()
    {
        var source = (long[])DesignCounts.Clone();
        var tally = NpsTally.FromCounts(source);
        source[0] = 1000;

        Assert.Equal(3, tally.Counts[0]);
        Assert.IsNotType<long[]>(tally.Counts);
    }
}
