using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class SpecialFunctionsTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Theory]
    [InlineData(0.5, 0.572364942924700)] // ln √π
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(10, 12.801827480081469)] // ln 9!
    [InlineData(100, 359.134205369575399)] // ln 99!
    public void LogGamma_KnownValues(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 12);
    }

    [Fact]
    public void LogGamma_SatisfiesTheRecurrence()
    {
        // Γ(x + 1) = x·Γ(x).
        Check.One(Config, Prop.ForAll(Gen.Choose(1, 1_000_000).Select(i => i / 1000.0).ToArbitrary(), x =>
        {
            var expected = SpecialFunctions.LogGamma(x) + Math.Log(x);
            Assert.Equal(expected, SpecialFunctions.LogGamma(x + 1), 1e-13 * Math.Max(1, Math.Abs(expected)));
        }));
    }

    [Fact]
    public void IncompleteBeta_ClosedForms()
    {
        // I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b.
        var cases = (from a in Gen.Choose(1, 5000).Select(i => i / 100.0)
                     from x in Gen.Choose(0, 1000).Select(i => i / 1000.0)
                     select (a, x)).ToArbitrary();

        Check.One(Config, Prop.ForAll(cases, c =>
        {
            Assert.Equal(Math.Pow(c.x, c.a), SpecialFunctions.RegularizedIncompleteBeta(c.a, 1, c.x), 1e-13);
            Assert.Equal(1 - Math.Pow(1 - c.x, c.a), SpecialFunctions.RegularizedIncompleteBeta(1, c.a, c.x), 1e-13);
        }));
    }

    [Fact]
    public void IncompleteBeta_IsSymmetric()
    {
        // I_x(a, b) = 1 − I_{1−x}(b, a).
        var cases = (from a in Gen.Choose(1, 100_000).Select(i => i / 100.0)
                     from b in Gen.Choose(1, 100_000).Select(i => i / 100.0)
                     from x in Gen.Choose(0, 1000).Select(i => i / 1000.0)
                     select (a, b, x)).ToArbitrary();

        Check.One(Config, Prop.ForAll(cases, c =>
        {
            var sum = SpecialFunctions.RegularizedIncompleteBeta(c.a, c.b, c.x) + SpecialFunctions.RegularizedIncompleteBeta(c.b, c.a, 1 - c.x);
            Assert.Equal(1, sum, 1e-12);
        }));
    }

    [Fact]
    public void IncompleteBeta_KnownValue()
    {
        // I_0.5(a, a) = 1/2 by symmetry; I_0.3(2, 3) = 1 − 0.7⁴ − 4·0.3·0.7³ = 0.3483 (binomial tail).
        Assert.Equal(0.5, SpecialFunctions.RegularizedIncompleteBeta(7.5, 7.5, 0.5), 13);
        Assert.Equal(0.3483, SpecialFunctions.RegularizedIncompleteBeta(2, 3, 0.3), 13);
    }

    [Fact]
    public void GammaQ_OfOne_IsTheExponentialTail()
    {
        // Q(1, x) = e^(−x).
        Check.One(Config, Prop.ForAll(Gen.Choose(0, 50_000).Select(i => i / 1000.0).ToArbitrary(), x =>
        {
            Assert.Equal(Math.Exp(-x), SpecialFunctions.RegularizedGammaQ(1, x), 1e-14);
        }));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>("x", () => SpecialFunctions.LogGamma(0));
        Assert.Throws<ArgumentOutOfRangeException>("x", () => SpecialFunctions.RegularizedIncompleteBeta(1, 1, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("a", () => SpecialFunctions.RegularizedIncompleteBeta(0, 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>("a", () => SpecialFunctions.RegularizedGammaQ(-1, 1));
    }
}
