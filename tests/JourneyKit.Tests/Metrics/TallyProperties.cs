using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

/// <summary>The laws every tally obeys: merging is counting the union, and scores stay in range inside their intervals.</summary>
public class TallyProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static Arbitrary<(int[] A, int[] B, int[] C)> Triples(int min, int max) =>
        (from a in TallyGenerators.Ratings(min, max)
         from b in TallyGenerators.Ratings(min, max)
         from c in TallyGenerators.Ratings(min, max)
         select (a, b, c)).ToArbitrary();

    [Fact]
    public void NpsMerge_IsCountingTheUnion_AssociativeAndCommutative()
    {
        Check.One(Config, Prop.ForAll(Triples(0, 10), t =>
        {
            var (a, b, c) = (NpsTally.FromRatings(t.A), NpsTally.FromRatings(t.B), NpsTally.FromRatings(t.C));

            Assert.Equal(NpsTally.FromRatings([.. t.A, .. t.B]), a.Merge(b));
            Assert.Equal(a.Merge(b), b.Merge(a));
            Assert.Equal(a.Merge(b).Merge(c), a.Merge(b.Merge(c)));
            Assert.Equal(a, a.Merge(NpsTally.Empty));
            Assert.Equal(a.N + b.N, a.Merge(b).N);
            // The byte path (vectorized) and the enumerable path agree.
            Assert.Equal(a, NpsTally.FromRatings(t.A.Select(r => (byte)r).ToArray().AsSpan()));
        }));
    }

    [Fact]
    public void CsatMerge_IsCountingTheUnion_AssociativeAndCommutative()
    {
        Check.One(Config, Prop.ForAll(Triples(1, 5), t =>
        {
            var (a, b, c) = (CsatTally.FromRatings(t.A), CsatTally.FromRatings(t.B), CsatTally.FromRatings(t.C));

            Assert.Equal(CsatTally.FromRatings([.. t.A, .. t.B]), a.Merge(b));
            Assert.Equal(a.Merge(b), b.Merge(a));
            Assert.Equal(a.Merge(b).Merge(c), a.Merge(b.Merge(c)));
            Assert.Equal(a, CsatTally.Empty.Merge(a));
            Assert.Equal(a, CsatTally.FromRatings(t.A.Select(r => (byte)r).ToArray().AsSpan()));
        }));
    }

    [Fact]
    public void CesMerge_IsCountingTheUnion_AssociativeAndCommutative()
    {
        Check.One(Config, Prop.ForAll(Triples(1, 7), t =>
        {
            var (a, b, c) = (CesTally.FromRatings(t.A), CesTally.FromRatings(t.B), CesTally.FromRatings(t.C));

            Assert.Equal(CesTally.FromRatings([.. t.A, .. t.B]), a.Merge(b));
            Assert.Equal(a.Merge(b), b.Merge(a));
            Assert.Equal(a.Merge(b).Merge(c), a.Merge(b.Merge(c)));
            Assert.Equal(a, CesTally.Empty.Merge(a));
            Assert.Equal(a, CesTally.FromRatings(t.A.Select(r => (byte)r).ToArray().AsSpan()));
        }));
    }

    [Fact]
    public void Nps_IsInRangeAndInsideItsInterval()
    {
        Check.One(Config.WithMaxTest(10_000), Prop.ForAll(TallyGenerators.Counts(11).ToArbitrary(), counts =>
        {
            var tally = NpsTally.FromCounts(counts);
            if (tally.N == 0)
            {
                Assert.Null(tally.Estimate());
                return;
            }
            var estimate = tally.Estimate()!.Value;
            Assert.InRange(estimate.Value, -100, 100);
            Assert.InRange(estimate.Low, -100, estimate.Value);
            Assert.InRange(estimate.High, estimate.Value, 100);
            Assert.True(tally.StandardError >= 0);
            Assert.Equal(tally.N, estimate.N);
        }));
    }

    [Fact]
    public void Csat_IsInRangeAndInsideItsInterval()
    {
        Check.One(Config.WithMaxTest(10_000), Prop.ForAll(TallyGenerators.Counts(5).ToArbitrary(), counts =>
        {
            var tally = CsatTally.FromCounts(counts);
            if (tally.N == 0)
            {
                Assert.Null(tally.Estimate());
                return;
            }
            var estimate = tally.Estimate()!.Value;
            Assert.InRange(estimate.Value, 0, 100);
            Assert.InRange(estimate.Low, 0, estimate.Value);
            Assert.InRange(estimate.High, estimate.Value, 100);
        }));
    }

    [Fact]
    public void Ces_IsInRangeAndInsideItsInterval()
    {
        Check.One(Config.WithMaxTest(10_000), Prop.ForAll(TallyGenerators.Counts(7).ToArbitrary(), counts =>
        {
            var tally = CesTally.FromCounts(counts);
            if (tally.N == 0)
            {
                Assert.Null(tally.Estimate());
                return;
            }
            var estimate = tally.Estimate()!.Value;
            Assert.InRange(estimate.Value, 1, 7);
            Assert.True(estimate.Low <= estimate.Value && estimate.Value <= estimate.High);
            Assert.Equal(tally.N < 2, tally.StandardDeviation is null);
        }));
    }

    [Fact]
    public void Intervals_WidenWithZ()
    {
        var cases = (from counts in TallyGenerators.Counts(11)
                     from z1 in Gen.Choose(0, 400)
                     from z2 in Gen.Choose(0, 400)
                     select (counts, Math.Min(z1, z2) / 100.0, Math.Max(z1, z2) / 100.0)).ToArbitrary();

        Check.One(Config, Prop.ForAll(cases, c =>
        {
            var (counts, narrowZ, wideZ) = c;
            var nps = NpsTally.FromCounts(counts);
            var csat = CsatTally.FromCounts(counts[..5]);
            var ces = CesTally.FromCounts(counts[..7]);
            AssertNested(nps.Estimate(narrowZ), nps.Estimate(wideZ));
            AssertNested(csat.Estimate(narrowZ), csat.Estimate(wideZ));
            AssertNested(ces.Estimate(narrowZ), ces.Estimate(wideZ));
        }));

        static void AssertNested(SurveyEstimate? narrow, SurveyEstimate? wide)
        {
            Assert.Equal(narrow is null, wide is null);
            if (narrow is { } n && wide is { } w)
            {
                Assert.True(w.Low <= n.Low + 1e-9 && n.High <= w.High + 1e-9, $"{n} is not inside {w}");
            }
        }
    }
}
