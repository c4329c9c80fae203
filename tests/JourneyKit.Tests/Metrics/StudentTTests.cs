using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class StudentTTests
{
    [Theory]
    // t(0.975, df), from the tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
    [InlineData(1, 12.706205)]
    [InlineData(2, 4.302653)]
    [InlineData(5, 2.570582)]
    [InlineData(10, 2.228139)]
    [InlineData(30, 2.042272)]
    [InlineData(100, 1.983972)]
    [InlineData(1e6, 1.959966)]
    [InlineData(1e12, 1.959964)]
    public void Quantile_975_MatchesTables(double degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, degreesOfFreedom), 5);
        Assert.Equal(-expected, StudentT.Quantile(0.025, degreesOfFreedom), 5);
        Assert.Equal(0.05, StudentT.TwoSidedPValue(expected, degreesOfFreedom), 6);
    }

    [Fact]
    public void Quantile_OtherLevels_MatchTables()
    {
        Assert.Equal(63.656741, StudentT.Quantile(0.995, 1), 4);
        Assert.Equal(3.169273, StudentT.Quantile(0.995, 10), 5);
        Assert.Equal(1.372184, StudentT.Quantile(0.9, 10), 5);
        Assert.Equal(0, StudentT.Quantile(0.5, 7));
    }

    [Fact]
    public void Cdf_OneDegreeOfFreedom_IsCauchy()
    {
        // t(1) is the Cauchy distribution: F(t) = 1/2 + atan(t)/π.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Gen.Choose(-100_000, 100_000).Select(i => i / 1000.0).ToArbitrary(), t =>
        {
            Assert.Equal(0.5 + (Math.Atan(t) / Math.PI), StudentT.Cdf(t, 1), 1e-13);
        }));
    }

    [Fact]
    public void Cdf_TwoDegreesOfFreedom_MatchesTheClosedForm()
    {
        // F(t) = 1/2 + t/(2√(t² + 2)).
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Gen.Choose(-100_000, 100_000).Select(i => i / 1000.0).ToArbitrary(), t =>
        {
            Assert.Equal(0.5 + (t / (2 * Math.Sqrt((t * t) + 2))), StudentT.Cdf(t, 2), 1e-13);
        }));
    }

    [Fact]
    public void Quantile_InvertsTheCdf()
    {
        var cases = (from p in Gen.Choose(1, 999).Select(i => i / 1000.0)
                     from df in Gen.Choose(1, 100_000).Select(i => i / 100.0)
                     select (p, df)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(cases, c =>
        {
            Assert.Equal(c.p, StudentT.Cdf(StudentT.Quantile(c.p, c.df), c.df), 1e-11);
        }));
    }

    [Theory]
    [InlineData(0.501, 996.45, 1e-14)] // t ≈ 0.0025: df/(df + t²) rounds to within 6e−9 of 1; computed that way the CDF was 1.7e−11 off
    [InlineData(0.499, 998.82, 1e-14)]
    [InlineData(0.987, 0.01, 1e-11)] // t ≈ 1e166: t² overflowed, which capped the quantile at 2^512 and the CDF 9.5e−4 off
    [InlineData(0.013, 0.01, 1e-11)]
    public void Quantile_InvertsTheCdf_WhereItOnceDidNot(double p, double degreesOfFreedom, double tolerance)
    {
        // Counterexamples the property below met (about once in a dozen runs of 1,000 draws), found
        // again by a sweep of 3,000,000 draws; after the fix the sweep finds none beyond 1e−11.
        Assert.Equal(p, StudentT.Cdf(StudentT.Quantile(p, degreesOfFreedom), degreesOfFreedom), tolerance);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0.317310507862914)]
    [InlineData(1.959964, 0.049999998192885)]
    [InlineData(3, 0.002699796063260)]
    [InlineData(-3, 0.002699796063260)]
    [InlineData(6, 1.973175290075e-9)]
    public void StandardNormalTwoSidedPValue_MatchesErfc(double z, double expected)
    {
        Assert.Equal(expected, StudentT.StandardNormalTwoSidedPValue(z), 12);
    }

    [Fact]
    public void TwoSidedPValue_ManyDegreesOfFreedom_ApproachesTheNormal()
    {
        Assert.Equal(StudentT.StandardNormalTwoSidedPValue(2.5), StudentT.TwoSidedPValue(2.5, 1e7), 7);
        Assert.Equal(StudentT.StandardNormalTwoSidedPValue(2.5), StudentT.TwoSidedPValue(2.5, double.PositiveInfinity), 15);
        Assert.Equal(0, StudentT.TwoSidedPValue(double.PositiveInfinity, 5));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>("degreesOfFreedom", () => StudentT.Cdf(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => StudentT.Quantile(1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("t", () => StudentT.TwoSidedPValue(double.NaN, 3));
    }
}
