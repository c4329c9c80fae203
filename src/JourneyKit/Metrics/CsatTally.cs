namespace JourneyKit.Metrics;

/// <summary>
/// The answers to a customer satisfaction question (1 = very dissatisfied .. 5 = very satisfied) as counts
/// per rating: exact, immutable and mergeable.
/// </summary>
/// <remarks>
/// CSAT is the share of 4s and 5s, ×100. Its interval is the Wilson score interval of that proportion
/// (Wilson 1927), ×100, which stays inside 0..100 and is sensible even when the share is 0 or 1.
/// An empty tally has no score (<see langword="null"/>); every n ≥ 1 has its Wilson interval, n = 1
/// included, as the design requires (one answer of 1 gives [0, 79.35]: a single answer is not certainty).
/// Two tallies are equal when their counts are.
/// </remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class CsatTally : IEquatable<CsatTally>
{
    /// <summary>The lowest rating, 1.</summary>
    public const int MinRating = 1;

    /// <summary>The highest rating, 5.</summary>
    public const int MaxRating = 5;

    private const string Scale = "CSAT";
    private readonly long[] counts;

    private CsatTally(long[] counts, long n)
    {
        this.counts = counts;
        N = n;
        Counts = Array.AsReadOnly(counts);
        Satisfied = SatisfiedOf(counts);
    }

    /// <summary>The tally with no answers.</summary>
    public static CsatTally Empty { get; } = new(new long[MaxRating - MinRating + 1], 0);

    /// <summary>Creates a tally from the counts of the ratings 1..5.</summary>
    /// <param name="counts">Exactly 5 non-negative counts; element i is the number of answers rating i + 1.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 5 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static CsatTally FromCounts(IReadOnlyList<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new CsatTally(copy, n);
    }

    /// <summary>Creates a tally from the counts of the ratings 1..5.</summary>
    /// <param name="counts">Exactly 5 non-negative counts; element i is the number of answers rating i + 1.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 5 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static CsatTally FromCounts(ReadOnlySpan<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new CsatTally(copy, n);
    }

    /// <summary>Counts ratings stored one per byte (the fast path: counted eight or more bytes at a time with SIMD).</summary>
    /// <param name="ratings">The ratings, each 1..5.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is outside 1..5; the message names the first such value and its index.</exception>
    public static CsatTally FromRatings(ReadOnlySpan<byte> ratings)
    {
        var counts = RatingCounter.Count(ratings, MinRating, MaxRating);
        return new CsatTally(counts, ratings.Length);
    }

    /// <summary>Counts ratings.</summary>
    /// <param name="ratings">The ratings, each 1..5.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is outside 1..5; the message names the first such value and its index.</exception>
    public static CsatTally FromRatings(IEnumerable<int> ratings)
    {
        var counts = TallyCounts.FromRatings(ratings, MinRating, MaxRating);
        return new CsatTally(counts, TallyCounts.Total(counts));
    }

    /// <summary>The number of answers.</summary>
    public long N { get; }

    /// <summary>The counts of the ratings 1..5 (5 elements; element i counts rating i + 1).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The number of satisfied answers (ratings 4 and 5).</summary>
    public long Satisfied { get; }

    /// <summary>The share of 4s and 5s, 0..1; <see langword="null"/> when the tally is empty.</summary>
    public double? Proportion => ProportionOf(Satisfied, N);

    /// <summary>The CSAT score, the share of 4s and 5s ×100 on 0..100; <see langword="null"/> when the tally is empty.</summary>
    public double? Score => ScoreOf(Satisfied, N);

    /// <summary>
    /// The score with its Wilson score interval ×100, for every n ≥ 1 (one answer of 1: [0, 79.35]).
    /// </summary>
    /// <param name="z">The normal quantile of the interval. The default is <see cref="SurveyStatistics.Z95"/> (a 95 % interval).</param>
    /// <returns>The estimate, or <see langword="null"/> when the tally is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    /// <remarks>
    /// With p̂ the share and n the answers: centre (p̂ + z²/2n)/(1 + z²/n), half-width
    /// z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²). The ends are clamped to [0, p̂] and [p̂, 1] so that
    /// rounding can never leave the score outside its own interval.
    /// </remarks>
    public SurveyEstimate? Estimate(double z = SurveyStatistics.Z95)
    {
        SurveyStatistics.CheckZ(z);
        return EstimateOf(Satisfied, N, z);
    }

    /// <summary>
    /// <see cref="Estimate"/> of the counts of the ratings 1..5 without creating a tally (scoring a
    /// map reads thousands of touchpoints' counts only for this); checked as <see cref="FromCounts(ReadOnlySpan{long})"/> checks them. <paramref name="z"/> must already be valid.
    /// </summary>
    internal static SurveyEstimate? EstimateOf(ReadOnlySpan<long> counts, double z)
    {
        var n = TallyCounts.Validate(counts, MinRating, MaxRating, Scale);
        return EstimateOf(SatisfiedOf(counts), n, z);
    }

    private static long SatisfiedOf(ReadOnlySpan<long> counts) => counts[3] + counts[4];

    private static double? ProportionOf(long satisfied, long n) => n == 0 ? null : (double)satisfied / n;

    private static double? ScoreOf(long satisfied, long n) => n == 0 ? null : 100.0 * satisfied / n;

    private static SurveyEstimate? EstimateOf(long satisfied, long n, double z)
    {
        if (ProportionOf(satisfied, n) is not { } p || ScoreOf(satisfied, n) is not { } score)
        {
            return null;
        }
        var (low, high) = Wilson(p, n, z);
        return new SurveyEstimate(score, Math.Min(100 * low, score), Math.Max(100 * high, score), n);
    }

    /// <summary>The Wilson score interval of a proportion, clamped to [0, 1].</summary>
    internal static (double Low, double High) Wilson(double p, long n, double z)
    {
        double count = n;
        var z2 = z * z;
        var denominator = 1 + (z2 / count);
        var centre = (p + (z2 / (2 * count))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / count) + (z2 / (4 * count * count)));
        return (Math.Clamp(centre - half, 0, p), Math.Clamp(centre + half, p, 1));
    }

    /// <summary>Combines two tallies: the result is the tally of both answer sets.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>A new tally whose counts are the sums of both.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">Thrown when a count or the total would exceed <see cref="long.MaxValue"/>.</exception>
    public CsatTally Merge(CsatTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CsatTally(TallyCounts.Merge(counts, other.counts), checked(N + other.N));
    }

    /// <inheritdoc/>
    public bool Equals(CsatTally? other) => other is not null && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CsatTally);

    /// <inheritdoc/>
    public override int GetHashCode() => TallyCounts.Hash(counts);

    /// <summary>Returns the counts, e.g. <c>CSAT [2, 3, 10, 40, 45]</c>.</summary>
    /// <returns>The scale name and the counts.</returns>
    public override string ToString() => TallyCounts.Format(Scale, counts);

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether both are null or have equal counts.</returns>
    public static bool operator ==(CsatTally? left, CsatTally? right) => left?.Equals(right) ?? right is null;

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether the tallies differ.</returns>
    public static bool operator !=(CsatTally? left, CsatTally? right) => !(left == right);
}
