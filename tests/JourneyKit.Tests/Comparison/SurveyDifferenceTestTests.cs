using JourneyKit.Comparison;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Comparison;

/// <summary>
/// Expected values are worked by hand from the formulas (and checked to 15 digits with an
/// arbitrary-precision calculator); the working is in the comments.
/// </summary>
public class SurveyDifferenceTestTests
{
    // NPS 30, n = 100: 40 promoters, 50 passives, 10 detractors. P = .4, D = .1, V = .5 − .09 = .41, SE² = 41.
    private static readonly NpsTally Nps30 = NpsTally.FromCounts([10, 0, 0, 0, 0, 0, 0, 0, 50, 0, 40]);

    // NPS 45, n = 100: P = .5, D = .05, V = .55 − .2025 = .3475, SE² = 34.75.
    private static readonly NpsTally Nps45 = NpsTally.FromCounts([5, 0, 0, 0, 0, 0, 0, 0, 45, 0, 50]);

    // NPS 45, n = 2000, same shares: SE² = 10⁴ · .3475 / 2000 = 1.7375.
    private static readonly NpsTally Nps45Large = NpsTally.FromCounts([100, 0, 0, 0, 0, 0, 0, 0, 900, 0, 1000]);

    [Fact]
    public void Nps_30Vs45_100Each_IsNotSignificant()
    {
        // SE = √(41 + 34.75) = √75.75 = 8.703448; z = 15 / 8.703448 = 1.723455 < 1.959964.
        var result = SurveyDifferenceTest.Nps(Nps30, Nps45);

        Assert.Equal(30, result.Before, 12);
        Assert.Equal(45, result.After, 12);
        Assert.Equal(15, result.Difference, 12);
        Assert.Equal(8.703447592764606, result.StandardError!.Value, 12);
        Assert.Equal(1.7234549688642782, result.Statistic!.Value, 12);
        Assert.Null(result.DegreesOfFreedom);
        Assert.Equal(0.0848062817993663, result.PValue!.Value, 9); // 2(1 − Φ(1.723455))
        Assert.False(result.Significant);
    }

    [Fact]
    public void Nps_30Vs45_100Vs2000_IsSignificant()
    {
        // SE = √(41 + 1.7375) = √42.7375 = 6.537392; z = 15 / 6.537392 = 2.294493 ≥ 1.959964.
        var result = SurveyDifferenceTest.Nps(Nps30, Nps45Large);

        Assert.Equal(15, result.Difference, 12);
        Assert.Equal(6.537392446534016, result.StandardError!.Value, 12);
        Assert.Equal(2.2944928153965543, result.Statistic!.Value, 12);
        Assert.Equal(0.0217622072789511, result.PValue!.Value, 9);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Nps_LargerSampleOnOneSide_CannotRescueANoisyOtherSide()
    {
        // NPS 30 from P = .5, D = .2 (V = .61, SE² = 61): even against n = 2000 the small side dominates.
        // SE = √(61 + 1.7375) = 7.920701; z = 15 / 7.920701 = 1.893772 < 1.959964.
        var noisy30 = NpsTally.FromCounts([20, 0, 0, 0, 0, 0, 0, 0, 30, 0, 50]);

        var result = SurveyDifferenceTest.Nps(noisy30, Nps45Large);

        Assert.Equal(Math.Sqrt(62.7375), result.StandardError!.Value, 12);
        Assert.Equal(15 / Math.Sqrt(62.7375), result.Statistic!.Value, 12);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Nps_Swapped_MirrorsTheStatistic()
    {
        var forward = SurveyDifferenceTest.Nps(Nps30, Nps45Large);
        var backward = SurveyDifferenceTest.Nps(Nps45Large, Nps30);

        Assert.Equal(-forward.Difference, backward.Difference, 12);
        Assert.Equal(-forward.Statistic!.Value, backward.Statistic!.Value, 12);
        Assert.Equal(forward.StandardError, backward.StandardError);
        Assert.Equal(forward.Significant, backward.Significant);
    }

    [Fact]
    public void Nps_NoSpreadInEitherSample_HasNoStatistic()
    {
        // One promoter against one detractor: V = 0 on both sides, SE = 0, no test is possible.
        var result = SurveyDifferenceTest.Nps(NpsTally.FromRatings([10]), NpsTally.FromRatings([0]));

        Assert.Equal(-200, result.Difference, 12);
        Assert.Equal(0, result.StandardError);
        Assert.Null(result.Statistic);
        Assert.Null(result.PValue);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Csat_70Vs80_100Each_IsNotSignificant()
    {
        // p̂ = 150/200 = .75; SE = √(.75 · .25 · (1/100 + 1/100)) = √.00375 = .0612372; z = .1 / .0612372 = 1.632993.
        var result = SurveyDifferenceTest.Csat(Csat(70, 100), Csat(80, 100));

        Assert.Equal(70, result.Before, 12);
        Assert.Equal(80, result.After, 12);
        Assert.Equal(10, result.Difference, 12);
        Assert.Equal(6.123724356957945, result.StandardError!.Value, 12);
        Assert.Equal(1.632993161855452, result.Statistic!.Value, 12);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Csat_70Vs80_100Vs2000_IsSignificant()
    {
        // p̂ = 1670/2100 = .7952381; SE = √(.7952381 · .2047619 · (1/100 + 1/2000)) = .0413493; z = .1 / .0413493 = 2.418423.
        var result = SurveyDifferenceTest.Csat(Csat(70, 100), Csat(1600, 2000));

        Assert.Equal(10, result.Difference, 12);
        Assert.Equal(4.1349267282043884, result.StandardError!.Value, 12);
        Assert.Equal(2.4184225398215333, result.Statistic!.Value, 12);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Csat_AllSatisfiedOnBothSides_HasNoStatistic()
    {
        var result = SurveyDifferenceTest.Csat(Csat(10, 10), Csat(50, 50));

        Assert.Equal(0, result.Difference);
        Assert.Equal(0, result.StandardError);
        Assert.Null(result.Statistic);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Ces_WelchJustShortOfSignificance_IsNotSignificant()
    {
        // Before 1..7 counts [1,2,3,2,1,1,0]: n = 10, mean 3.3, s² = 24.1/9. After [3,4,2,1,0,0,0]: mean 2.1, s² = 8.9/9.
        // SE = √(24.1/90 + 8.9/90) = √(33/90) = .5676462; t = −1.2/.5676462 = −2.113993;
        // ν = (33/90)² / ((24.1/90)²/9 + (8.9/90)²/9) = 15.663673; two-sided p = .050925 > .05.
        // (A z-test would call |t| = 2.11 ≥ 1.96 significant: with 10 answers a side the t tails matter.)
        var result = SurveyDifferenceTest.Ces(CesTally.FromCounts([1, 2, 3, 2, 1, 1, 0]), CesTally.FromCounts([3, 4, 2, 1, 0, 0, 0]));

        Assert.Equal(3.3, result.Before, 12);
        Assert.Equal(2.1, result.After, 12);
        Assert.Equal(-1.2, result.Difference, 12);
        Assert.Equal(0.5676462121975467, result.StandardError!.Value, 12);
        Assert.Equal(-2.1139927902529325, result.Statistic!.Value, 12);
        Assert.Equal(15.663672861222631, result.DegreesOfFreedom!.Value, 9);
        Assert.Equal(0.050925151192531874, result.PValue!.Value, 9); // t(.975, 15.663673) = 2.123611 > 2.113993
        Assert.False(result.Significant);
    }

    [Fact]
    public void Ces_WelchWithLargeSamples_IsSignificant()
    {
        // Before [10,20,30,15,10,5,2] (n 92, mean 3.195652) vs after [20,30,25,10,5,2,0] (n 92, mean 2.521739):
        // SE = .1971593, t = −3.418114, ν = 177.549862, p = .000782.
        var result = SurveyDifferenceTest.Ces(CesTally.FromCounts([10, 20, 30, 15, 10, 5, 2]), CesTally.FromCounts([20, 30, 25, 10, 5, 2, 0]));

        Assert.Equal(-0.6739130434782609, result.Difference, 12);
        Assert.Equal(0.1971593485497961, result.StandardError!.Value, 12);
        Assert.Equal(-3.41811356364901, result.Statistic!.Value, 12);
        Assert.Equal(177.54986248344707, result.DegreesOfFreedom!.Value, 9);
        Assert.Equal(0.0007819848064328154, result.PValue!.Value, 9);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Ces_NoSpreadOnEitherSide_HasAZeroStandardErrorAndNoStatistic()
    {
        var result = SurveyDifferenceTest.Ces(CesTally.FromRatings([2, 2]), CesTally.FromRatings([4, 4, 4]));

        Assert.Equal(2, result.Difference, 12);
        Assert.Equal(0, result.StandardError);
        Assert.Null(result.Statistic);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Ces_OneAnswerOnASide_HasNoStandardError()
    {
        var result = SurveyDifferenceTest.Ces(CesTally.FromRatings([2]), CesTally.FromRatings([5, 6, 7]));

        Assert.Equal(4, result.Difference, 12);
        Assert.Null(result.StandardError);
        Assert.Null(result.Statistic);
        Assert.False(result.Significant);
    }

    [Fact]
    public void EmptySample_IsRefusedNamingTheArgument()
    {
        Assert.Throws<ArgumentException>("before", () => SurveyDifferenceTest.Nps(NpsTally.Empty, Nps30));
        Assert.Throws<ArgumentException>("after", () => SurveyDifferenceTest.Csat(Csat(1, 1), CsatTally.Empty));
        Assert.Throws<ArgumentException>("after", () => SurveyDifferenceTest.Ces(CesTally.FromRatings([1]), CesTally.Empty));
        Assert.Throws<ArgumentNullException>("before", () => SurveyDifferenceTest.Nps(null!, Nps30));
    }

    private static CsatTally Csat(int satisfied, int n) => CsatTally.FromCounts([n - satisfied, 0, 0, 0, satisfied]);
}
