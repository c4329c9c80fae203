using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics;

public class MedianTests
{
    [Theory]
    [InlineData(new long[] { 5 }, 5.0)]
    [InlineData(new long[] { 9, 1, 5 }, 5.0)]
    [InlineData(new long[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new long[] { 7, 7, 7, 7 }, 7.0)]
    [InlineData(new long[] { long.MaxValue, long.MaxValue - 2 }, 9.2233720368547758E+18)]
    public void Of_GivesTheMiddleOrTheMeanOfTheTwoMiddleValues(long[] values, double expected)
    {
        Assert.Equal(expected, Median.Of(values));
    }

    [Fact]
    public void Of_NoValues_IsNull()
    {
        Assert.Null(Median.Of([]));
    }

    [Fact]
    public void Of_AgreesWithSorting()
    {
        // Few distinct values (many ties) and many: both paths of the selection.
        var values = Gen.Choose(0, 3).SelectMany(spread => Gen.ArrayOf(Gen.Choose(0, spread == 0 ? 3 : 1_000_000).Select(v => (long)v)))
            .Where(a => a.Length > 0).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(values, a =>
        {
            var sorted = a.Order().ToArray();
            var n = sorted.Length;
            var expected = n % 2 == 1 ? sorted[n / 2] : ((double)sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
            return Median.Of(a.ToArray()) == expected;
        }));
    }
}
