using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class SurveyComparisonTests
{
    // NPS 30 from n = 100: 10 detractors (rating 5), 50 passives (30 × 7, 20 × 8), 40 promoters (25 × 9, 15 × 10).
    //   P = 0.4, D = 0.1, NPS = 30, V = 0.5 − 0.09 = 0.41, SE = 100·√(0.41/100) = 6.403124.
    private static readonly NpsTally Nps30 = NpsTally.FromCounts([0, 0, 0, 0, 0, 10, 0, 30, 20, 25, 15]);

    // NPS 45 from n = 100: 15 detractors, 25 passives, 60 promoters.
    //   P = 0.6, D = 0.15, NPS = 45, V = 0.75 − 0.2025 = 0.5475, SE = 100·√(0.5475/100) = 7.399324.
    private static readonly NpsTally Nps45Of100 = NpsTally.FromCounts([0, 0, 0, 0, 0, 15, 0, 15, 10, 30, 30]);

    // NPS 45 from n = 2,000 with the same shares: SE = 100·√(0.5475/2000) = 1.654539.
    private static readonly NpsTally Nps45Of2000 = NpsTally.FromCounts([0, 0, 0, 0, 0, 300, 0, 300, 200, 600, 600]);

    [Fact]
    public void Nps_30Versus45_FromOneHundredEach_IsNotSignificant()
    {
        // SE = √(6.403124² + 7.399324²) = √(41 + 54.75) = √95.75 = 9.785193
        // statistic = 15/9.785193 = 1.532928 < 1.959964; p = erfc(1.532928/√2) = 0.125293.
        var test = SurveyComparison.Nps(Nps30, Nps45Of100)!;

        Assert.Equal(15, test.Difference, 9);
        Assert.Equal(9.785193, test.StandardError, 6);
        Assert.Equal(1.532928, test.Statistic, 6);
        Assert.Equal(SurveyStatistics.Z95, test.CriticalValue);
        Assert.Equal(0.125293, test.PValue, 6);
        Assert.False(test.Significant);
        Assert.Null(test.DegreesOfFreedom);
    }

    [Fact]
    public void Nps_30Versus45_From2000After_IsSignificant()
    {
        // The design's example: SE = √(41 + 2.7375) = √43.7375 = 6.613433,
        // statistic = 15/6.613433 = 2.268111 ≥ 1.959964; p = 0.023322.
        var test = SurveyComparison.Nps(Nps30, Nps45Of2000)!;

        Assert.Equal(15, test.Difference, 9);
        Assert.Equal(6.613433, test.StandardError, 6);
        Assert.Equal(2.268111, test.Statistic, 6);
        Assert.Equal(0.023322, test.PValue, 6);
        Assert.True(test.Significant);
    }

    [Fact]
    public void Nps_Reversed_FlipsTheSign()
    {
        var test = SurveyComparison.Nps(Nps45Of2000, Nps30)!;

        Assert.Equal(-15, test.Difference, 9);
        Assert.Equal(-2.268111, test.Statistic, 6);
        Assert.True(test.Significant);
    }

    [Fact]
    public void Nps_EmptyOrSpreadless_IsAbsent()
    {
        var allPromoters = NpsTally.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8]);
        var allDetractors = NpsTally.FromCounts([8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Null(SurveyComparison.Nps(NpsTally.Empty, Nps30));
        Assert.Null(SurveyComparison.Nps(Nps30, NpsTally.Empty));
        // Both standard errors 0: no spread to test against, so no statistic (not an infinite one).
        Assert.Null(SurveyComparison.Nps(allPromoters, allDetractors));
        // One side without spread is fine: SE = SE of the other side.
        Assert.Equal(Nps30.StandardError!.Value, SurveyComparison.Nps(Nps30, allPromoters)!.StandardError, 12);
    }

    [Fact]
    public void Csat_PooledTwoProportionZTest_MatchesHandComputation()
    {
        // 60 of 100 satisfied vs 70 of 100: pooled p = 130/200 = 0.65,
        // SE = √(0.65·0.35·(1/100 + 1/100)) = 0.06745369, z = 0.10/0.06745369 = 1.482499 → not significant, p = 0.138208.
        var before = CsatTally.FromCounts([10, 10, 20, 30, 30]);
        var after = CsatTally.FromCounts([5, 5, 20, 35, 35]);
        var test = SurveyComparison.Csat(before, after)!;

        Assert.Equal(10, test.Difference, 9);
        Assert.Equal(6.745369, test.StandardError, 6);
        Assert.Equal(1.482499, test.Statistic, 6);
        Assert.Equal(0.138208, test.PValue, 6);
        Assert.False(test.Significant);

        // 60 of 100 vs 700 of 1,000: pooled p = 760/1100 = 0.690909,
        // SE = √(0.690909·0.309091·(0.01 + 0.001)) = 0.04846742, z = 0.10/0.04846742 = 2.063242 → significant, p = 0.039090.
        test = SurveyComparison.Csat(before, CsatTally.FromCounts([50, 50, 200, 350, 350]))!;
        Assert.Equal(4.846742, test.StandardError, 6);
        Assert.Equal(2.063242, test.Statistic, 6);
        Assert.Equal(0.039090, test.PValue, 6);
        Assert.True(test.Significant);
    }

    [Fact]
    public void Csat_EmptyOrPooledShareAtAnEnd_IsAbsent()
    {
        var allSatisfied = CsatTally.FromCounts([0, 0, 0, 3, 4]);
        var noneSatisfied = CsatTally.FromCounts([3, 4, 5, 0, 0]);

        Assert.Null(SurveyComparison.Csat(CsatTally.Empty, allSatisfied));
        Assert.Null(SurveyComparison.Csat(allSatisfied, CsatTally.FromCounts([0, 0, 0, 9, 1])));
        Assert.Null(SurveyComparison.Csat(noneSatisfied, CsatTally.FromCounts([1, 0, 0, 0, 0])));
        // 0 % vs 100 %: pooled p = 7/19, a test exists.
        Assert.True(SurveyComparison.Csat(noneSatisfied, allSatisfied)!.Significant);
    }

    [Fact]
    public void Ces_WelchTTest_MatchesHandComputation()
    {
        // Before: [10, 20, 30, 15, 10, 5, 2], n = 92, mean 3.195652, s = 1.439163, s²/n = 0.02251293.
        // After:  [20, 30, 25, 10, 5, 2, 0],  n = 92, mean 2.521739, s = 1.226791, s²/n = 0.01635888.
        // Difference = −0.673913; SE = √(0.02251293 + 0.01635888) = 0.19715935; t = −3.418114;
        // df = (0.03887181)² / (0.02251293²/91 + 0.01635888²/91) = 177.549862.
        // t(0.975, 177.5) lies between t(0.975, ∞) = 1.959964 and t(0.975, 120) = 1.979930, so |t| is significant.
        var before = CesTally.FromCounts([10, 20, 30, 15, 10, 5, 2]);
        var after = CesTally.FromCounts([20, 30, 25, 10, 5, 2, 0]);
        var test = SurveyComparison.Ces(before, after)!;

        Assert.Equal(-0.673913, test.Difference, 6);
        Assert.Equal(0.197159, test.StandardError, 6);
        Assert.Equal(-3.418114, test.Statistic, 6);
        Assert.Equal(177.549862, test.DegreesOfFreedom!.Value, 5);
        Assert.InRange(test.CriticalValue, 1.959964, 1.979930);
        Assert.InRange(test.PValue, 0.0006, 0.0009);
        Assert.True(test.Significant);
    }

    [Fact]
    public void Ces_SmallSamples_UseTheTDistribution()
    {
        // Ratings {2, 3} vs {4, 5}: means 2.5 and 4.5, s² = 0.5 each, s²/n = 0.25 each,
        // SE = √0.5 = 0.707107, t = 2/0.707107 = 2.828427, df = 0.5²/(0.0625 + 0.0625) = 2.
        // t(0.975, 2) = 4.302653 > 2.828427: not significant although z would say so;
        // p = 1 − t/√(t² + 2) = 1 − 2.828427/√10 = 0.105573 (the closed form for 2 degrees of freedom).
        var test = SurveyComparison.Ces(CesTally.FromRatings([2, 3]), CesTally.FromRatings([4, 5]))!;

        Assert.Equal(2, test.Difference, 12);
        Assert.Equal(2.828427, test.Statistic, 6);
        Assert.Equal(2, test.DegreesOfFreedom!.Value, 9);
        Assert.Equal(4.302653, test.CriticalValue, 6);
        Assert.Equal(0.105573, test.PValue, 6);
        Assert.False(test.Significant);
    }

    [Fact]
    public void Ces_FewerThanTwoAnswersOrNoSpread_IsAbsent()
    {
        var spread = CesTally.FromRatings([1, 4, 6]);

        Assert.Null(SurveyComparison.Ces(CesTally.Empty, spread));
        Assert.Null(SurveyComparison.Ces(CesTally.FromRatings([3]), spread));
        Assert.Null(SurveyComparison.Ces(spread, CesTally.FromRatings([7])));
        Assert.Null(SurveyComparison.Ces(CesTally.FromRatings([2, 2]), CesTally.FromRatings([5, 5, 5])));
        // One side without spread: df = n − 1 of the other side.
        Assert.Equal(2, SurveyComparison.Ces(spread, CesTally.FromRatings([5, 5]))!.DegreesOfFreedom!.Value, 9);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>("before", () => SurveyComparison.Nps(null!, Nps30));
        Assert.Throws<ArgumentNullException>("after", () => SurveyComparison.Csat(CsatTally.Empty, null!));
        Assert.Throws<ArgumentOutOfRangeException>("z", () => SurveyComparison.Nps(Nps30, Nps30, -1));
        Assert.Throws<ArgumentOutOfRangeException>("significanceLevel", () => SurveyComparison.Ces(CesTally.Empty, CesTally.Empty, 0));
    }

    [Fact]
    public void Swapping_NegatesTheDifferenceOnly()
    {
        var pairs = (from a in TallyGenerators.Counts(11)
                     from b in TallyGenerators.Counts(11)
                     select (a, b)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(pairs, p =>
        {
            AssertMirrored(SurveyComparison.Nps(NpsTally.FromCounts(p.a), NpsTally.FromCounts(p.b)), SurveyComparison.Nps(NpsTally.FromCounts(p.b), NpsTally.FromCounts(p.a)));
            AssertMirrored(SurveyComparison.Csat(CsatTally.FromCounts(p.a[..5]), CsatTally.FromCounts(p.b[..5])), SurveyComparison.Csat(CsatTally.FromCounts(p.b[..5]), CsatTally.FromCounts(p.a[..5])));
            AssertMirrored(SurveyComparison.Ces(CesTally.FromCounts(p.a[..7]), CesTally.FromCounts(p.b[..7])), SurveyComparison.Ces(CesTally.FromCounts(p.b[..7]), CesTally.FromCounts(p.a[..7])));
        }));

        static void AssertMirrored(SignificanceTest? forward, SignificanceTest? backward)
        {
            Assert.Equal(forward is null, backward is null);
            if (forward is null || backward is null)
            {
                return;
            }
            Assert.Equal(-forward.Difference, backward.Difference, 1e-9);
            Assert.Equal(-forward.Statistic, backward.Statistic, 1e-9);
            Assert.Equal(forward.StandardError, backward.StandardError, 1e-9);
            Assert.Equal(forward.Significant, backward.Significant);
            Assert.InRange(forward.PValue, 0, 1);
            Assert.Equal(forward.Significant, Math.Abs(forward.Statistic) >= forward.CriticalValue);
        }
    }

    [Fact]
    public void SameTally_IsNeverSignificant()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(TallyGenerators.Counts(11).ToArbitrary(), counts =>
        {
            foreach (var test in new[]
            {
                SurveyComparison.Nps(NpsTally.FromCounts(counts), NpsTally.FromCounts(counts)),
                SurveyComparison.Csat(CsatTally.FromCounts(counts[..5]), CsatTally.FromCounts(counts[..5])),
                SurveyComparison.Ces(CesTally.FromCounts(counts[..7]), CesTally.FromCounts(counts[..7])),
            })
            {
                if (test is not null)
                {
                    Assert.Equal(0, test.Statistic);
                    Assert.Equal(1, test.PValue, 1e-12);
                    Assert.False(test.Significant);
                }
            }
        }));
    }
}
