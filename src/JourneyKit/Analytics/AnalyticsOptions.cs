namespace JourneyKit.Analytics;

/// <summary>How <see cref="JourneyAnalyzer"/> reads the events.</summary>
/// <remarks>
/// A plain settable object with documented defaults, like every options type of JourneyKit, so
/// the options pattern can bind it. The analyzer copies it when a call starts: changing an
/// instance during a call does not change that call.
/// </remarks>
public sealed class AnalyticsOptions
{
    /// <summary>What the caller promises about the order of in-memory events (CSV input is always read as <see cref="EventOrder.Any"/>).</summary>
    /// <value>The default value is <see cref="EventOrder.Any"/>.</value>
    public EventOrder Order { get; set; } = EventOrder.Any;

    /// <summary>How many threads read and fold the events.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>. Allowed: 1 to 64.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>For CSV input: stop reading at the first malformed line or unknown touchpoint (the <c>--strict</c> mode).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool StopAtFirstProblem { get; set; }

    /// <summary>For CSV input: receives the number of bytes read so far, about every 4 MiB.</summary>
    /// <value>The default value is <see langword="null"/> (no reports).</value>
    public IProgress<long>? Progress { get; set; }

    /// <summary>For CSV input: the most bytes a line may hold, its line break included; a longer line is one malformed line (<c>LineTooLong</c>), whatever its length.</summary>
    /// <value>The default value is 4,194,304 (4 MiB). Allowed: 1 to 268,435,456 (256 MiB).</value>
    public int MaxLineBytes { get; set; } = JourneyKit.Csv.CsvBlockSource.DefaultMaxLineBytes;

    /// <summary>
    /// The conversion window: a funnel step counts only at or before the entry's time plus this span
    /// (a customer's depth is the largest over all their entries into the first funnel stage).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no window: version 1's funnel). Allowed: longer than zero.</value>
    public TimeSpan? Window { get; set; }

    /// <summary>The stages the funnel runs over, in the order given: each a stage id of the map, at most once.</summary>
    /// <value>The default value is <see langword="null"/> (every stage, in map order). Allowed: one or more distinct stage ids of the map.</value>
    public IReadOnlyList<string>? FunnelStageIds { get; set; }

    /// <summary>
    /// The breakdown: the CSV column (matched ignoring case, like the header) or, for in-memory events, the
    /// <see cref="JourneyEvent.Properties"/> key whose value on a customer's first (or last, see
    /// <see cref="Attribution"/>) event on a touchpoint of the map groups the customer.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no breakdown). Allowed: a non-empty name; for CSV input, a column of the header.</value>
    public string? Breakdown { get; set; }

    /// <summary>Which event gives a customer their breakdown value: the first or the last in (time, stage in map order, input order) order.</summary>
    /// <value>The default value is <see cref="BreakdownAttribution.First"/>.</value>
    public BreakdownAttribution Attribution { get; set; } = BreakdownAttribution.First;

    /// <summary>How many breakdown groups (the largest) are kept; all the others are merged into one "other" group, listed last.</summary>
    /// <value>The default value is 50. Allowed: 1 or more.</value>
    public int BreakdownLimit { get; set; } = 50;

    /// <summary>Conversion over time: groups the customers by the UTC period of their entry t₁.</summary>
    /// <value>The default value is <see langword="null"/> (no cohorts).</value>
    public CohortPeriod? CohortPeriod { get; set; }

    /// <summary>
    /// With <see cref="CohortPeriod"/>: the most periods the cohorts may cover, from the first customer's entry period to
    /// the last's (every period between is a group, empty ones included); a report of more is refused with
    /// <see cref="Csv.PeriodLimitException"/>, as one event in a far year would make millions of empty groups.
    /// </summary>
    /// <value>The default value is 10,000 (27 years of days). Allowed: 1 to 1,000,000.</value>
    public int MaxCohortPeriods { get; set; } = JourneyKit.Csv.PeriodLimitException.DefaultMaxPeriods;

    /// <summary>
    /// Keeps one row per customer (depth, last funnel stage, entry, breakdown value) for
    /// <see cref="JourneyAnalyticsAccumulator.CustomerFunnels"/> and <see cref="CustomerFunnelCsv"/>: the list a team retargets.
    /// </summary>
    /// <value>The default value is <see langword="false"/>. The rows cost about 60 bytes per customer plus the id.</value>
    public bool CollectCustomers { get; set; }

    /// <summary>A copy of <paramref name="options"/> (or of the defaults), for one call.</summary>
    internal static AnalyticsOptions Snapshot(AnalyticsOptions? options) =>
        options is null ? new AnalyticsOptions() : (AnalyticsOptions)options.MemberwiseClone();

    internal int Shards()
    {
        if (MaxDegreeOfParallelism is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Value should be in range [1-64]");
        }

        return MaxDegreeOfParallelism;
    }
}
