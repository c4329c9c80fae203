using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

/// <summary>
/// Scoring reads each touchpoint's estimates straight from its counts, without creating a tally:
/// those estimates must be the tallies' own, to the last bit, and bad counts must fail the same way.
/// </summary>
public class EstimateOfCountsTests
{
    private static Arbitrary<(long[] Counts, double Z)> Cases(int width) =>
        (from counts in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 5).Select(c => (long)c)), (1, Gen.Choose(0, 1_000_000).Select(c => (long)c))), width)
         from z in Gen.Elements(0.0, 1.0, 1.6448536269514722, 1.959963984540054, 2.5758293035489004, 4.0)
         select (counts, z)).ToArbitrary();

    [Fact]
    public void Nps_EqualsTheTallysEstimate() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Cases(11), c =>
            Assert.Equal(NpsTally.FromCounts(c.Counts).Estimate(c.Z), NpsTally.EstimateOf(c.Counts, c.Z))));

    [Fact]
    public void Csat_EqualsTheTallysEstimate() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Cases(5), c =>
            Assert.Equal(CsatTally.FromCounts(c.Counts).Estimate(c.Z), CsatTally.EstimateOf(c.Counts, c.Z))));

    [Fact]
    public void Ces_EqualsTheTallysEstimate() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Cases(7), c =>
            Assert.Equal(CesTally.FromCounts(c.Counts).Estimate(c.Z), CesTally.EstimateOf(c.Counts, c.Z))));

    [Fact]
    public void BadCounts_FailAsTheTallyFails()
    {
        long[] shortNps = [1, 2, 3];
        long[] negativeCsat = [1, 2, -3, 4, 5];

        Assert.Equal(
            Assert.Throws<ArgumentException>(() => NpsTally.FromCounts(shortNps)).Message,
            Assert.Throws<ArgumentException>(() => NpsTally.EstimateOf(shortNps, 1.96)).Message);
        Assert.Equal(
            Assert.Throws<ArgumentOutOfRangeException>(() => CsatTally.FromCounts(negativeCsat)).Message,
            Assert.Throws<ArgumentOutOfRangeException>(() => CsatTally.EstimateOf(negativeCsat, 1.96)).Message);
        Assert.Throws<OverflowException>(() => CesTally.EstimateOf([long.MaxValue, 1, 0, 0, 0, 0, 0], 1.96));
    }
}
