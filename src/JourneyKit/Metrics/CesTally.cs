namespace JourneyKit.Metrics;

/// <summary>
/// The answers to a customer effort question (1 = very easy .. 7 = very hard) as counts per rating:
/// exact, immutable and mergeable. Lower is better.
/// </summary>
/// <remarks>
/// The CES score is the mean rating; its interval is mean ± z·s/√n with s the sample standard deviation
/// (divisor n − 1). As the design states, the interval is not clipped to 1..7, so with few, spread answers
/// it can reach past the scale. An empty tally has no score (<see langword="null"/>); with one answer the
/// interval is the point. Two tallies are equal when their counts are.
/// </remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class CesTally : IEquatable<CesTally>
{
    /// <summary>The lowest rating, 1 (very easy).</summary>
    public const int MinRating = 1;

    /// <summary>The highest rating, 7 (very hard).</summary>
    public const int MaxRating = 7;

    private const string Scale = "CES";
    private readonly long[] counts;

    private CesTally(long[] counts, long n)
    {
        this.counts = counts;
        N = n;
        Counts = Array.AsReadOnly(counts);
    }

    /// <summary>The tally with no answers.</summary>
    public static CesTally Empty { get; } = new(new long[MaxRating - MinRating + 1], 0);

    /// <summary>Creates a tally from the counts of the ratings 1..7.</summary>
    /// <param name="counts">Exactly 7 non-negative counts; element i is the number of answers rating i + 1.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 7 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static CesTally FromCounts(IReadOnlyList<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new CesTally(copy, n);
    }

    /// <summary>Creates a tally from the counts of the ratings 1..7.</summary>
    /// <param name="counts">Exactly 7 non-negative counts; element i is the number of answers rating i + 1.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 7 counts, or (as <see cref="ArgumentOutOfRangeException"/>) when one is negative; the message names the length or index.</exception>
    /// <exception cref="OverflowException">Thrown when the total exceeds <see cref="long.MaxValue"/>.</exception>
    public static CesTally FromCounts(ReadOnlySpan<long> counts)
    {
        var copy = TallyCounts.Copy(counts, MinRating, MaxRating, Scale, out var n);
        return new CesTally(copy, n);
    }

    /// <summary>Counts ratings stored one per byte (the fast path: counted eight or more bytes at a time with SIMD).</summary>
    /// <param name="ratings">The ratings, each 1..7.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is outside 1..7; the message names the first such value and its index.</exception>
    public static CesTally FromRatings(ReadOnlySpan<byte> ratings)
    {
        var counts = RatingCounter.Count(ratings, MinRating, MaxRating);
        return new CesTally(counts, ratings.Length);
    }

    /// <summary>Counts ratings.</summary>
    /// <param name="ratings">The ratings, each 1..7.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rating is outside 1..7; the message names the first such value and its index.</exception>
    public static CesTally FromRatings(IEnumerable<int> ratings)
    {
        var counts = TallyCounts.FromRatings(ratings, MinRating, MaxRating);
        return new CesTally(counts, TallyCounts.Total(counts));
    }

    /// <summary>The number of answers.</summary>
    public long N { get; }

    /// <summary>The counts of the ratings 1..7 (7 elements; element i counts rating i + 1).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The mean rating, 1..7; <see langword="null"/> when the tally is empty.</summary>
    public double? Mean => MeanOf(counts, N);

    /// <summary>The CES score: the mean rating, 1..7; <see langword="null"/> when the tally is empty.</summary>
    public double? Score => Mean;

    /// <summary>
    /// The sample standard deviation s of the ratings (divisor n − 1); <see langword="null"/> when there are fewer than 2 answers.
    /// </summary>
    public double? StandardDeviation => StandardDeviationOf(counts, N);

    /// <summary>The standard error of the mean, s/√n; <see langword="null"/> when there are fewer than 2 answers.</summary>
    public double? StandardError => StandardErrorOf(counts, N);

    /// <summary>The mean with its interval mean ± z·s/√n (not clipped); with one answer the interval is the point.</summary>
    /// <param name="z">The multiplier of the standard error. The default is <see cref="SurveyStatistics.Z95"/> (a 95 % interval).</param>
    /// <returns>The estimate, or <see langword="null"/> when the tally is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    public SurveyEstimate? Estimate(double z = SurveyStatistics.Z95)
    {
        SurveyStatistics.CheckZ(z);
        return EstimateOf(counts, N, z);
    }

    /// <summary>
    /// <see cref="Estimate"/> of the counts of the ratings 1..7 without creating a tally (scoring a
    /// map reads thousands of touchpoints' counts only for this); checked as <see cref="FromCounts(ReadOnlySpan{long})"/> checks them. <paramref name="z"/> must already be valid.
    /// </summary>
    internal static SurveyEstimate? EstimateOf(ReadOnlySpan<long> counts, double z)
    {
        return EstimateOf(counts, TallyCounts.Validate(counts, MinRating, MaxRating, Scale), z);
    }

    private static double? MeanOf(ReadOnlySpan<long> counts, long n)
    {
        if (n == 0)
        {
            return null;
        }
        // Σ r·c_r can pass long.MaxValue when N is near it; Int128 holds 7·long.MaxValue exactly.
        Int128 sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            sum += (Int128)(i + MinRating) * counts[i];
        }
        return Math.Clamp((double)sum / n, MinRating, MaxRating);
    }

    private static double? StandardDeviationOf(ReadOnlySpan<long> counts, long n)
    {
        if (n < 2 || MeanOf(counts, n) is not { } mean)
        {
            return null;
        }
        // Two-pass form Σ c_r (r − mean)²: no cancellation, unlike Σ c_r r² − n·mean².
        double squares = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var deviation = i + MinRating - mean;
            squares += counts[i] * deviation * deviation;
        }
        return Math.Sqrt(squares / (n - 1));
    }

    private static double? StandardErrorOf(ReadOnlySpan<long> counts, long n) =>
        StandardDeviationOf(counts, n) is { } s ? s / Math.Sqrt(n) : null;

    private static SurveyEstimate? EstimateOf(ReadOnlySpan<long> counts, long n, double z)
    {
        if (MeanOf(counts, n) is not { } mean)
        {
            return null;
        }
        if (StandardErrorOf(counts, n) is not { } se)
        {
            return new SurveyEstimate(mean, mean, mean, n);
        }
        var half = z * se;
        return new SurveyEstimate(mean, mean - half, mean + half, n);
    }

    /// <summary>Combines two tallies: the result is the tally of both answer sets.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>A new tally whose counts are the sums of both.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">Thrown when a count or the total would exceed <see cref="long.MaxValue"/>.</exception>
    public CesTally Merge(CesTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CesTally(TallyCounts.Merge(counts, other.counts), checked(N + other.N));
    }

    /// <inheritdoc/>
    public bool Equals(CesTally? other) => other is not null && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CesTally);

    /// <inheritdoc/>
    public override int GetHashCode() => TallyCounts.Hash(counts);

    /// <summary>Returns the counts, e.g. <c>CES [10, 20, 30, 15, 10, 5, 2]</c>.</summary>
    /// <returns>The scale name and the counts.</returns>
    public override string ToString() => TallyCounts.Format(Scale, counts);

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether both are null or have equal counts.</returns>
    public static bool operator ==(CesTally? left, CesTally? right) => left?.Equals(right) ?? right is null;

    /// <summary>Compares two tallies by their counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether the tallies differ.</returns>
    public static bool operator !=(CesTally? left, CesTally? right) => !(left == right);
}
