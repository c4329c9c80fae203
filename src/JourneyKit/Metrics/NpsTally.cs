namespace JourneyKit.Metrics;

/// <summary>
/// The answers to a Net Promoter question ("How likely are you to recommend …", 0..10) as counts per
/// rating: exact, immutable and mergeable. Promoters rate 9–10, passives 7–8, detractors 0–6.
/// </summary>
/// <remarks>
/// With c0..c10 the counts and n = Σc: P = (c9 + c10)/n, D = (c0 + … + c6)/n, NPS = 100·(P − D).
/// The per-answer score (+1 promoter, 0 passive, −1 detractor) has variance V = P + D − (P − D)², so the
/// standard error is SE = 100·√(V/n) and the interval NPS ± z·SE, clipped to [−100, 100].
/// An empty tally has no score (<see langword="null"/>); with one answer the interval is the point.
/// Two tallies are equal when their counts are.
/// </remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class NpsTally : IEquatable<NpsTally>
{
    /// <summary>The lowest rating, 0.</summary>
    public const int MinRating = 0;

    /// <summary>The highest rating, 10.</summary>
    public const int MaxRating = 10;

    private const string Scale = "NPS";
    private readonly long[] counts;

    private NpsTally(long[] counts, long n)
    {
        this.counts = counts;
        N = n;
        Counts = Array.AsReadOnly(counts);
        Promoters = PromotersOf(counts);
        Detractors = DetractorsOf(counts);
    }

    /// <summary>The tally with no answers.</summary>
    public static NpsTally Empty { get; } = new(new long[MaxRating + 1], 0);

    /// <summary>Creates a tally from the counts of the ratings 0..10.</summary>
    /// <param name="counts">Exactly 11 non-negative counts; element r is the number of answers rating r.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 11 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static NpsTally FromCounts(IReadOnlyList<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new NpsTally(copy, n);
    }

    /// <summary>Creates a tally from the counts of the ratings 0..10.</summary>
    /// <param name="counts">Exactly 11 non-negative counts; element r is the number of answers rating r.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 11 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static NpsTally FromCounts(ReadOnlySpan<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new NpsTally(copy, n);
    }

    /// <summary>Counts ratings stored one per byte (the fast path: counted eight or more bytes at a time with SIMD).</summary>
    /// <param name="ratings">The ratings, each 0..10.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is above 10; the message names the first such value and its index.</exception>
    public static NpsTally FromRatings(ReadOnlySpan<byte> ratings)
    {
        var counts = RatingCounter.Count(ratings, MinRating, MaxRating);
        return new NpsTally(counts, ratings.Length);
    }

    /// <summary>Counts ratings.</summary>
    /// <param name="ratings">The ratings, each 0..10.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is outside 0..10; the message names the first such value and its index.</exception>
    public static NpsTally FromRatings(IEnumerable<int> ratings)
    {
        var counts = TallyCounts.FromRatings(ratings, MinRating, MaxRating);
        return new NpsTally(counts, TallyCounts.Total(counts));
    }

    /// <summary>The number of answers.</summary>
    public long N { get; }

    /// <summary>The counts of the ratings 0..10 (11 elements).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The number of promoters (ratings 9 and 10).</summary>
    public long Promoters { get; }

    /// <summary>The number of detractors (ratings 0 to 6).</summary>
    public long Detractors { get; }

    /// <summary>The number of passives (ratings 7 and 8).</summary>
    public long Passives => counts[7] + counts[8];

    /// <summary>The Net Promoter Score 100·(P − D), on −100..100; <see langword="null"/> when the tally is empty.</summary>
    public double? Score => ScoreOf(Promoters, Detractors, N);

    /// <summary>
    /// The standard error of the score, 100·√(V/n) with V = P + D − (P − D)²; <see langword="null"/> when the tally is empty.
    /// It is 0 when every answer is of one kind (all promoters, all passives or all detractors).
    /// </summary>
    public double? StandardError => N == 0 ? null : StandardErrorOf(Promoters, Detractors, N);

    /// <summary>The variance V = P + D − (P − D)² of the per-answer score (+1/0/−1); 0 for an empty tally.</summary>
    internal double Variance => VarianceOf(Promoters, Detractors, N);

    /// <summary>
    /// The score with its interval NPS ± z·SE clipped to [−100, 100]; with one answer the interval is the point.
    /// </summary>
    /// <param name="z">The multiplier of the standard error. The default is <see cref="SurveyStatistics.Z95"/> (a 95 % interval).</param>
    /// <returns>The estimate, or <see langword="null"/> when the tally is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    public SurveyEstimate? Estimate(double z = SurveyStatistics.Z95)
    {
        SurveyStatistics.CheckZ(z);
        return EstimateOf(Promoters, Detractors, N, z);
    }

    /// <summary>
    /// <see cref="Estimate"/> of the counts of the ratings 0..10 without creating a tally (scoring a
    /// map reads thousands of touchpoints' counts only for this); checked as <see cref="FromCounts(ReadOnlySpan{long})"/> checks them. <paramref name="z"/> must already be valid.
    /// </summary>
    internal static SurveyEstimate? EstimateOf(ReadOnlySpan<long> counts, double z)
    {
        var n = TallyCounts.Validate(counts, MinRating, MaxRating, Scale);
        return EstimateOf(PromotersOf(counts), DetractorsOf(counts), n, z);
    }

    private static long PromotersOf(ReadOnlySpan<long> counts) => counts[9] + counts[10];

    private static long DetractorsOf(ReadOnlySpan<long> counts) => TallyCounts.Total(counts[..7]);

    private static double? ScoreOf(long promoters, long detractors, long n) => n == 0 ? null : 100.0 * (promoters - detractors) / n;

    private static double VarianceOf(long promoters, long detractors, long n)
    {
        if (n == 0)
        {
            return 0;
        }
        var p = (double)promoters / n;
        var d = (double)detractors / n;
        // Mathematically V ≥ 0; the clamp only guards against a rounding error below zero.
        return Math.Max(0, p + d - ((p - d) * (p - d)));
    }

    /// <summary>100·√(V/n), for n &gt; 0.</summary>
    private static double StandardErrorOf(long promoters, long detractors, long n) => 100.0 * Math.Sqrt(VarianceOf(promoters, detractors, n) / n);

    private static SurveyEstimate? EstimateOf(long promoters, long detractors, long n, double z)
    {
        if (ScoreOf(promoters, detractors, n) is not { } score)
        {
            return null;
        }
        if (n == 1)
        {
            return new SurveyEstimate(score, score, score, n);
        }
        var half = z * StandardErrorOf(promoters, detractors, n);
        return new SurveyEstimate(score, Math.Max(-100, score - half), Math.Min(100, score + half), n);
    }

    /// <summary>Combines two tallies: the result is the tally of both answer sets.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>A new tally whose counts are the sums of both.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">Thrown when a count or the total would exceed <see cref="long.MaxValue"/>.</exception>
    public NpsTally Merge(NpsTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new NpsTally(TallyCounts.Merge(counts, other.counts), checked(N + other.N));
    }

    /// <inheritdoc/>
    public bool Equals(NpsTally? other) => other is not null && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NpsTally);

    /// <inheritdoc/>
    public override int GetHashCode() => TallyCounts.Hash(counts);

    /// <summary>Returns the counts, e.g. <c>NPS [3, 1, 2, 4, 5, 9, 11, 20, 25, 30, 40]</c>.</summary>
    /// <returns>The scale name and the counts.</returns>
    public override string ToString() => TallyCounts.Format(Scale, counts);

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether both are null or have equal counts.</returns>
    public static bool operator ==(NpsTally? left, NpsTally? right) => left?.Equals(right) ?? right is null;

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether the tallies differ.</returns>
    public static bool operator !=(NpsTally? left, NpsTally? right) => !(left == right);
}
