using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class RatingCounterTests
{
    // The survey scales: NPS 0..10, CSAT 1..5, CES 1..7.
    public static TheoryData<int, int> Scales => new() { { 0, 10 }, { 1, 5 }, { 1, 7 } };

    /// <summary>The obvious count, to compare every vectorized path with.</summary>
    private static long[] ScalarCount(ReadOnlySpan<byte> ratings, int min, int max)
    {
        var counts = new long[max - min + 1];
        foreach (var rating in ratings)
        {
            counts[rating - min]++;
        }
        return counts;
    }

    private static byte[] RandomRatings(Random random, int length, int min, int max)
    {
        var ratings = new byte[length];
        for (var i = 0; i < length; i++)
        {
            ratings[i] = (byte)random.Next(min, max + 1);
        }
        return ratings;
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Count_EveryLengthUpTo2000_MatchesScalarCount(int min, int max)
    {
        var random = new Random(min * 100 + max);
        for (var length = 0; length <= 2000; length++)
        {
            var ratings = RandomRatings(random, length, min, max);

            Assert.Equal(ScalarCount(ratings, min, max), RatingCounter.Count(ratings, min, max));
        }
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Count_MisalignedSlices_MatchScalarCount(int min, int max)
    {
        var buffer = RandomRatings(new Random(7), 5000, min, max);
        for (var offset = 0; offset < 130; offset++)
        {
            foreach (var length in new[] { 0, 1, 15, 16, 17, 63, 64, 65, 127, 128, 129, 1000, 4000 })
            {
                var slice = buffer.AsSpan(offset, length);

                Assert.Equal(ScalarCount(slice, min, max), RatingCounter.Count(slice, min, max));
            }
        }
    }

    [Theory]
    [InlineData(1_000_003)]
    [InlineData((1 << 24) + 7)]
    public void Count_LargeBuffers_MatchScalarCount(int length)
    {
        var ratings = RandomRatings(new Random(length), length, 0, 10);

        Assert.Equal(ScalarCount(ratings, 0, 10), RatingCounter.Count(ratings, 0, 10));
    }

    [Fact]
    public void Count_SkewedContent_MatchesScalarCount()
    {
        // One value only, extremes only, and runs: the second differences must still come out exact.
        foreach (var ratings in new[]
        {
            Enumerable.Repeat((byte)10, 4099).ToArray(),
            Enumerable.Repeat((byte)0, 4099).ToArray(),
            Enumerable.Range(0, 5000).Select(i => (byte)(i % 2 == 0 ? 0 : 10)).ToArray(),
            Enumerable.Range(0, 5000).Select(i => (byte)(i / 500)).ToArray(),
        })
        {
            Assert.Equal(ScalarCount(ratings, 0, 10), RatingCounter.Count(ratings, 0, 10));
        }
    }

    [Fact]
    public void Count_AnyContentAndSlice_MatchesScalarCount()
    {
        var cases =
            from min in Gen.Elements(0, 1)
            from width in Gen.Choose(0, min == 0 ? 10 : 9)
            from size in Gen.Choose(0, 3000)
            from seed in Gen.Choose(0, int.MaxValue)
            from offset in Gen.Choose(0, size)
            from length in Gen.Choose(0, size - offset)
            select (min, max: min + width, ratings: RandomRatings(new Random(seed), size, min, min + width), offset, length);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(5000),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var slice = c.ratings.AsSpan(c.offset, c.length);
                Assert.Equal(ScalarCount(slice, c.min, c.max), RatingCounter.Count(slice, c.min, c.max));
            }));
    }

    [Fact]
    public void Count_OutOfRangeRating_NamesTheFirstValueAndIndex()
    {
        var cases =
            from scale in Gen.Elements((0, 10), (1, 5), (1, 7))
            from length in Gen.Choose(1, 3000)
            from seed in Gen.Choose(0, int.MaxValue)
            from index in Gen.Choose(0, length - 1)
            from bad in Gen.Choose(0, 255).Where(v => v < scale.Item1 || v > scale.Item2)
            from later in Gen.Choose(0, 255)
            select (scale.Item1, scale.Item2, length, seed, index, (byte)bad, (byte)later);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var (min, max, length, seed, index, bad, later) = c;
                var ratings = RandomRatings(new Random(seed), length, min, max);
                ratings[index] = bad;
                // Whatever follows (in range or not), the first offender is the one reported.
                ratings[index + ((length - index) / 2)] = index + ((length - index) / 2) == index ? bad : later;

                var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingCounter.Count(ratings, min, max));
                Assert.Contains($"index {index} is {bad};", error.Message);
                Assert.Contains($"[{min}-{max}]", error.Message);
                Assert.Equal((long)bad, error.ActualValue);
            }));
    }

    [Fact]
    public void Count_AllBytesOutOfRange_ReportsTheFirst()
    {
        var ratings = Enumerable.Repeat((byte)255, 1000).ToArray();

        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingCounter.Count(ratings, 0, 10));
        Assert.Contains("index 0 is 255", error.Message);
    }

    [Fact]
    public void Count_WideRange_UsesTheScalarPathAndMatches()
    {
        var random = new Random(3);
        var ratings = new byte[3000];
        random.NextBytes(ratings);

        Assert.Equal(ScalarCount(ratings, 0, 255), RatingCounter.Count(ratings, 0, 255));
        var high = ratings.Select(r => (byte)(246 + (r % 10))).ToArray();
        Assert.Equal(ScalarCount(high, 246, 255), RatingCounter.Count(high, 246, 255));
        var mid = ratings.Select(r => (byte)(100 + (r % 10))).ToArray();
        Assert.Equal(ScalarCount(mid, 100, 109), RatingCounter.Count(mid, 100, 109));
    }

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(0, 11, false)]
    [InlineData(1, 10, true)]
    [InlineData(1, 11, false)]
    [InlineData(245, 254, true)]
    [InlineData(246, 255, false)]
    public void FitsVectorPath_KnowsTheKernelLimits(int min, int max, bool expected)
    {
        Assert.Equal(expected, RatingCounter.FitsVectorPath(min, max));
    }

    [Fact]
    public void Count_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("minRating", () => RatingCounter.Count([], -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("maxRating", () => RatingCounter.Count([], 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>("maxRating", () => RatingCounter.Count([], 0, 256));
        var error = Assert.Throws<ArgumentException>("counts", () => RatingCounter.Count([], 0, 10, new long[10]));
        Assert.Contains("exactly 11", error.Message);
    }

    [Fact]
    public void Count_IntoSpan_OverwritesPreviousCounts()
    {
        var counts = new long[] { 9, 9, 9, 9, 9 };

        RatingCounter.Count([1, 2, 2, 5], 1, 5, counts);

        Assert.Equal([1, 2, 0, 0, 1], counts);
    }

    // Each kernel directly, so that the paths this CPU does not pick are tested too.

    public static TheoryData<string> Kernels => new() { "512", "256", "128", "comparison" };

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Kernel_EveryLengthAndScale_MatchesScalarCount(string kernel)
    {
        var supported = kernel switch
        {
            "512" => Avx512BW.IsSupported,
            "256" => Avx2.IsSupported,
            "128" => Sse2.IsSupported,
            _ => Vector128.IsHardwareAccelerated,
        };
        if (!supported)
        {
            return; // xunit 2 cannot skip at run time; the CPUs of CI and development support all four.
        }

        var random = new Random(11);
        foreach (var (min, max) in new[] { (0, 10), (1, 5), (1, 7), (0, 0), (3, 12), (200, 209) })
        {
            for (var length = 0; length <= 700; length++)
            {
                var ratings = RandomRatings(random, length, min, max);
                // A few out-of-range bytes: kernels must leave them out of every count.
                if (length > 3)
                {
                    ratings[random.Next(length)] = (byte)(max + 1);
                }
                var counts = new long[max - min + 1];
                int covered;
                if (kernel == "comparison")
                {
                    covered = RatingCounter.CountByComparison128(ratings, min, counts);
                }
                else
                {
                    var first = (byte)(min == 0 ? 0 : min - 1);
                    var deviations = new long[12];
                    covered = kernel switch
                    {
                        "512" => RatingCounter.SumDeviations512(ratings, first, deviations),
                        "256" => RatingCounter.SumDeviations256(ratings, first, deviations),
                        _ => RatingCounter.SumDeviations128(ratings, first, deviations),
                    };
                    RatingCounter.CountsFromDeviations(deviations, first, covered, min, max, counts);
                }

                Assert.Equal(0, covered % 16);
                Assert.True(ratings.Length - covered < 64);
                var expected = new long[max - min + 1];
                foreach (var rating in ratings.AsSpan(0, covered))
                {
                    if (rating >= min && rating <= max)
                    {
                        expected[rating - min]++;
                    }
                }
                Assert.Equal(expected, counts);
            }
        }
    }
}
