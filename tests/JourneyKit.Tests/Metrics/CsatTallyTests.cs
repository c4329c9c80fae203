using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class CsatTallyTests
{
    [Fact]
    public void Estimate_DesignExample_IsTheWilsonInterval()
    {
        // Counts of 1..5 = [2, 3, 10, 40, 45]: n = 100, satisfied (4, 5) = 85, p = 0.85, CSAT = 85.
        // Wilson, z = 1.959964, z² = 3.841459:
        //   denominator = 1 + z²/n = 1.03841459
        //   centre = (p + z²/2n)/denominator = (0.85 + 0.01920729)/1.03841459 = 0.83705228
        //   half = z/denominator · √(p(1 − p)/n + z²/4n²) = 1.88745797 · √(0.001275 + 0.00009604) = 0.06988787
        //   → [0.76716440, 0.90694015] → ×100 → [76.716440, 90.694015]
        var tally = CsatTally.FromCounts([2, 3, 10, 40, 45]);

        Assert.Equal(100, tally.N);
        Assert.Equal(85, tally.Satisfied);
        Assert.Equal(0.85, tally.Proportion!.Value, 12);
        Assert.Equal(85, tally.Score!.Value, 10);
        var estimate = tally.Estimate()!.Value;
        Assert.Equal(76.716440, estimate.Low, 5);
        Assert.Equal(90.694015, estimate.High, 6);
    }

    [Fact]
    public void Estimate_ThreeOfTen_IsTheWilsonInterval()
    {
        // p = 0.3, n = 10: denominator = 1.38414589, centre = (0.3 + 0.19207295)/1.38414589 = 0.35550656,
        // half = 1.41600278 · √(0.021 + 0.00960365) = 0.24771529 → [10.779127, 60.322185].
        var estimate = CsatTally.FromCounts([3, 2, 2, 2, 1]).Estimate()!.Value;

        Assert.Equal(30, estimate.Value, 10);
        Assert.Equal(10.779127, estimate.Low, 5);
        Assert.Equal(60.322185, estimate.High, 6);
    }

    [Fact]
    public void Estimate_NoneSatisfied_StartsAtZero()
    {
        // p = 0, n = 10: centre = half = 0.19207295/1.38414589 = 0.13876640 → [0, 27.753280].
        var estimate = CsatTally.FromCounts([4, 3, 3, 0, 0]).Estimate()!.Value;

        Assert.Equal(0, estimate.Value);
        Assert.Equal(0, estimate.Low);
        Assert.Equal(27.753280, estimate.High, 5);
    }

    [Fact]
    public void Estimate_AllSatisfied_EndsAtOneHundred()
    {
        // p = 1, n = 10: mirror image of the case above → [72.246720, 100].
        var estimate = CsatTally.FromCounts([0, 0, 0, 4, 6]).Estimate()!.Value;

        Assert.Equal(100, estimate.Value);
        Assert.Equal(72.246720, estimate.Low, 5);
        Assert.Equal(100, estimate.High);
    }

    [Theory]
    [InlineData(1, 0, 0, 79.345069)]
    [InlineData(3, 0, 0, 79.345069)]
    [InlineData(4, 100, 20.654931, 100)]
    [InlineData(5, 100, 20.654931, 100)]
    public void Estimate_OneAnswer_IsTheWilsonInterval(int rating, double score, double low, double high)
    {
        // The design: the Wilson interval for every n ≥ 1. n = 1, z² = 3.84145888: with p = 0 the
        // centre equals the half-width, z²/2/(1 + z²) = 0.39672534, so [0, z²/(1 + z²)] = [0, 79.345069]
        // ("one answer of 1 gives [0, 79.35]"); p = 1 is its mirror image, [20.654931, 100].
        var result = CsatTally.FromRatings([rating]).Estimate();
        Assert.NotNull(result);
        var estimate = result.Value;

        Assert.Equal(score, estimate.Value);
        Assert.Equal(low, estimate.Low, 6);
        Assert.Equal(high, estimate.High, 6);
        Assert.Equal(1, estimate.N);
        Assert.Equal(79.35, Math.Round(high - low, 2)); // the design's figure, on either side
    }

    [Fact]
    public void Score_EmptyTally_IsAbsent()
    {
        foreach (var tally in new[] { CsatTally.Empty, CsatTally.FromCounts(new long[5]), CsatTally.FromRatings(ReadOnlySpan<byte>.Empty) })
        {
            Assert.Equal(0, tally.N);
            Assert.Null(tally.Score);
            Assert.Null(tally.Proportion);
            Assert.Null(tally.Estimate());
        }
    }

    [Fact]
    public void FromRatings_ZeroOrSix_NamesValueAndIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => CsatTally.FromRatings((ReadOnlySpan<byte>)[1, 5, 0]));
        Assert.Contains("index 2 is 0", error.Message);
        Assert.Contains("[1-5]", error.Message);

        error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => CsatTally.FromRatings([6]));
        Assert.Contains("index 0 is 6", error.Message);
    }

    [Fact]
    public void FromCounts_WrongLength_NamesTheLength()
    {
        var error = Assert.Throws<ArgumentException>("counts", () => CsatTally.FromCounts([1, 2, 3, 4, 5, 6, 7]));

        Assert.Contains("exactly 5", error.Message);
        Assert.Contains("got 7", error.Message);
    }

    [Fact]
    public void Equality_IsByCounts()
    {
        Assert.Equal(CsatTally.FromCounts([1, 0, 0, 0, 2]), CsatTally.FromRatings([5, 1, 5]));
        Assert.NotEqual(CsatTally.FromCounts([1, 0, 0, 0, 2]), CsatTally.FromRatings([5, 1]));
        Assert.Equal("CSAT [2, 3, 10, 40, 45]", CsatTally.FromCounts([2, 3, 10, 40, 45]).ToString());
    }
}
