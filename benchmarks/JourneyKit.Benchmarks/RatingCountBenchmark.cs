using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JourneyKit.Metrics;

namespace JourneyKit.Benchmarks;

/// <summary>
/// Counting 100 MB of NPS ratings (random 0..10, fixed seed) into 11 counts: <see cref="RatingCounter"/> against the
/// framework's vectorized <see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, T)"/> called once per value, and
/// two compare-and-count loops for reference.
/// </summary>
[Config(typeof(Configuration))]
[MemoryDiagnoser]
public class RatingCountBenchmark
{
    /// <summary>The buffer size: 100 MB (10⁸ bytes), far larger than any cache.</summary>
    public const int Size = 100_000_000;

    private readonly long[] counts = new long[11];
    private byte[] ratings = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260131);
        ratings = new byte[Size];
        for (var i = 0; i < ratings.Length; i++)
        {
            ratings[i] = (byte)random.Next(11);
        }

        // Every method must count the same, or its time means nothing.
        var expected = new long[11];
        foreach (var rating in ratings)
        {
            expected[rating]++;
        }
        foreach (var method in new Func<long>[] { MemoryExtensionsCount11, RatingCounter, NaiveVector256StackArray, CompareVector512Registers })
        {
            method();
            if (!counts.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{method.Method.Name} counted [{string.Join(", ", counts)}], expected [{string.Join(", ", expected)}].");
            }
        }
    }

    /// <summary>The framework's own vectorized count, one pass over the buffer per rating value (11 passes).</summary>
    [Benchmark(Baseline = true)]
    public long MemoryExtensionsCount11()
    {
        for (var value = 0; value < counts.Length; value++)
        {
            counts[value] = ratings.AsSpan().Count((byte)value);
        }
        return counts[10];
    }

    /// <summary>The library: one pass, sums of absolute deviations (psadbw) at the widest vector width.</summary>
    [Benchmark]
    public long RatingCounter()
    {
        Metrics.RatingCounter.Count(ratings, 0, 10, counts);
        return counts[10];
    }

    /// <summary>
    /// One pass with Vector256 compare-and-subtract, byte-lane accumulators kept in a stack array: the first thing
    /// one writes, slowed by a load and a store per value per vector.
    /// </summary>
    [Benchmark]
    public long NaiveVector256StackArray()
    {
        Span<Vector256<byte>> lanes = stackalloc Vector256<byte>[11];
        Array.Clear(counts);
        ref var start = ref MemoryMarshal.GetReference(ratings.AsSpan());
        var covered = ratings.Length - (ratings.Length % Vector256<byte>.Count);
        nuint i = 0;
        while (i < (nuint)covered)
        {
            lanes.Clear();
            var blockEnd = Math.Min((nuint)covered, i + (255 * (nuint)Vector256<byte>.Count));
            for (; i < blockEnd; i += (nuint)Vector256<byte>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, i);
                for (var value = 0; value < lanes.Length; value++)
                {
                    lanes[value] -= Vector256.Equals(x, Vector256.Create((byte)value));
                }
            }
            for (var value = 0; value < lanes.Length; value++)
            {
                var (lower, upper) = Vector256.Widen(lanes[value]);
                counts[value] += Vector256.Sum(lower + upper);
            }
        }
        for (var j = covered; j < ratings.Length; j++)
        {
            counts[ratings[j]]++;
        }
        return counts[10];
    }

    /// <summary>
    /// One pass with Vector512 compare-and-count, 11 byte-lane accumulators in registers flushed every 255 vectors:
    /// the usual register-resident design (AVX-512 turns each step into a compare to a mask and a masked add).
    /// </summary>
    [Benchmark]
    public long CompareVector512Registers()
    {
        Array.Clear(counts);
        ref var start = ref MemoryMarshal.GetReference(ratings.AsSpan());
        var covered = ratings.Length - (ratings.Length % Vector512<byte>.Count);
        var one = Vector512<byte>.One;
        var c0 = Vector512.Create((byte)0);
        var c1 = Vector512.Create((byte)1);
        var c2 = Vector512.Create((byte)2);
        var c3 = Vector512.Create((byte)3);
        var c4 = Vector512.Create((byte)4);
        var c5 = Vector512.Create((byte)5);
        var c6 = Vector512.Create((byte)6);
        var c7 = Vector512.Create((byte)7);
        var c8 = Vector512.Create((byte)8);
        var c9 = Vector512.Create((byte)9);
        var c10 = Vector512.Create((byte)10);
        nuint i = 0;
        while (i < (nuint)covered)
        {
            Vector512<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
            Vector512<byte> a6 = default, a7 = default, a8 = default, a9 = default, a10 = default;
            var blockEnd = Math.Min((nuint)covered, i + (255 * (nuint)Vector512<byte>.Count));
            for (; i < blockEnd; i += (nuint)Vector512<byte>.Count)
            {
                var x = Vector512.LoadUnsafe(ref start, i);
                a0 = Vector512.ConditionalSelect(Vector512.Equals(x, c0), a0 + one, a0);
                a1 = Vector512.ConditionalSelect(Vector512.Equals(x, c1), a1 + one, a1);
                a2 = Vector512.ConditionalSelect(Vector512.Equals(x, c2), a2 + one, a2);
                a3 = Vector512.ConditionalSelect(Vector512.Equals(x, c3), a3 + one, a3);
                a4 = Vector512.ConditionalSelect(Vector512.Equals(x, c4), a4 + one, a4);
                a5 = Vector512.ConditionalSelect(Vector512.Equals(x, c5), a5 + one, a5);
                a6 = Vector512.ConditionalSelect(Vector512.Equals(x, c6), a6 + one, a6);
                a7 = Vector512.ConditionalSelect(Vector512.Equals(x, c7), a7 + one, a7);
                a8 = Vector512.ConditionalSelect(Vector512.Equals(x, c8), a8 + one, a8);
                a9 = Vector512.ConditionalSelect(Vector512.Equals(x, c9), a9 + one, a9);
                a10 = Vector512.ConditionalSelect(Vector512.Equals(x, c10), a10 + one, a10);
            }
            counts[0] += SumBytes(a0);
            counts[1] += SumBytes(a1);
            counts[2] += SumBytes(a2);
            counts[3] += SumBytes(a3);
            counts[4] += SumBytes(a4);
            counts[5] += SumBytes(a5);
            counts[6] += SumBytes(a6);
            counts[7] += SumBytes(a7);
            counts[8] += SumBytes(a8);
            counts[9] += SumBytes(a9);
            counts[10] += SumBytes(a10);
        }
        for (var j = covered; j < ratings.Length; j++)
        {
            counts[ratings[j]]++;
        }
        return counts[10];
    }

    private static long SumBytes(Vector512<byte> lanes)
    {
        var (lower, upper) = Vector512.Widen(lanes);
        return Vector512.Sum(lower + upper);
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration() => AddColumn(new ThroughputColumn(Size));
    }
}
