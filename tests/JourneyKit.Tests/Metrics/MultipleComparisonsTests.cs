using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class MultipleComparisonsTests
{
    [Fact]
    public void Holm_ByHand_SignificantRawButNotAdjusted()
    {
        // Sorted: 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04, raised to the running max 0.06.
        var adjusted = MultipleComparisons.Holm([0.01, 0.04, 0.03]);

        Assert.Equal(0.03, adjusted[0], 12);
        Assert.Equal(0.06, adjusted[1], 12);
        Assert.Equal(0.06, adjusted[2], 12);
        Assert.True(0.04 < 0.05 && adjusted[1] >= 0.05);
    }

    [Fact]
    public void Holm_CapsAtOne_AndKeepsAnEmptyList()
    {
        Assert.Equal([1.0, 1.0], MultipleComparisons.Holm([0.6, 0.9]));
        Assert.Empty(MultipleComparisons.Holm([]));
    }

    [Fact]
    public void Holm_RefusesAPValueOutsideZeroOne()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MultipleComparisons.Holm([0.2, 1.5]));
        Assert.Contains("index 1", e.Message, StringComparison.Ordinal);
    }
}

public class MultipleComparisonsProperties
{
    [Fact]
    public void Holm_IsAtLeastRaw_AndMonotoneInTheRawOrder()
    {
        var pValues = Gen.Choose(0, 1000).Select(i => i / 1000.0).ArrayOf().ToArbitrary();
        Prop.ForAll(pValues, raw =>
        {
            var adjusted = MultipleComparisons.Holm(raw);
            for (var i = 0; i < raw.Length; i++)
            {
                if (adjusted[i] < raw[i] || adjusted[i] > 1)
                {
                    return false;
                }
                for (var j = 0; j < raw.Length; j++)
                {
                    if (raw[i] < raw[j] && adjusted[i] > adjusted[j])
                    {
                        return false;
                    }
                }
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
