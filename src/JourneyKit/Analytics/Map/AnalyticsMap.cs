using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// What analytics needs of a map, prepared once: the stage ids in journey order and, for every
/// touchpoint id, its stage and initiator, findable from a string or from UTF-8 bytes
/// (<see cref="Touchpoints"/>).
/// </summary>
/// <remarks>
/// A touchpoint's code packs its stage index in the low byte and its initiator above it
/// (<see cref="NoInitiator"/>, <see cref="CustomerInitiator"/>, <see cref="CompanyInitiator"/>).
/// </remarks>
internal sealed class AnalyticsMap
{
    public const int NoInitiator = 0;
    public const int CustomerInitiator = 1;
    public const int CompanyInitiator = 2;

    /// <summary>Stage indices are stored in a byte per event.</summary>
    public const int MaxStages = 255;

    private AnalyticsMap(string mapId, string[] stageIds, string[] touchpointIds, int[] touchpointCodes, int[] funnelStages, long windowTicks, IReadOnlyList<Playbook> playbooks)
    {
        Playbooks = playbooks;
        MapId = mapId;
        FunnelStages = funnelStages;
        WindowTicks = windowTicks;
        FunnelPosition = new int[stageIds.Length];
        Array.Fill(FunnelPosition, -1);
        for (var k = 0; k < funnelStages.Length; k++)
        {
            FunnelPosition[funnelStages[k]] = k;
        }

        IsPlain = windowTicks == long.MaxValue && funnelStages.Length == stageIds.Length && funnelStages.Select((stage, k) => stage == k).All(same => same);
        StageIds = stageIds;
        TouchpointIds = touchpointIds;
        TouchpointCodes = touchpointCodes;
        Touchpoints = new TouchpointLookup(touchpointIds);
    }

    public string MapId { get; }

    /// <summary>The map's playbooks: their plays on <c>conversion</c> and <c>reach</c> fire on the report.</summary>
    public IReadOnlyList<Playbook> Playbooks { get; }

    public string[] StageIds { get; }

    public int StageCount => StageIds.Length;

    /// <summary>The map stage index of every funnel step, in funnel order (every stage in map order by default).</summary>
    public int[] FunnelStages { get; }

    /// <summary>For every map stage, its step in the funnel, or -1 when the stage is outside the funnel.</summary>
    public int[] FunnelPosition { get; }

    /// <summary>The conversion window in ticks; <see cref="long.MaxValue"/> without a window.</summary>
    public long WindowTicks { get; }

    /// <summary>Version 1's funnel: every stage in map order and no window (the fast fold applies).</summary>
    public bool IsPlain { get; }

    /// <summary>The breakdown column or property; <see langword="null"/> without a breakdown.</summary>
    public string? Breakdown { get; private init; }

    public BreakdownAttribution Attribution { get; private init; }

    public int BreakdownLimit { get; private init; } = 50;

    /// <summary>The cohort period; <see langword="null"/> without cohorts.</summary>
    public CohortPeriod? CohortPeriod { get; private init; }

    /// <summary>The most periods the cohorts may cover (a limit on the report, not on the fold: parts with different limits merge).</summary>
    public int MaxCohortPeriods { get; init; } = JourneyKit.Csv.PeriodLimitException.DefaultMaxPeriods;

    /// <summary>Whether a row per customer is kept (for the customers-out list).</summary>
    public bool CollectCustomers { get; private init; }

    /// <summary>Whether the fold keeps more than the anonymous counts: breakdown groups, cohorts or customer rows (the per-customer path applies).</summary>
    public bool IsExtended => Breakdown is not null || CohortPeriod is not null || CollectCustomers;

    /// <summary>Every touchpoint id, in map order: a touchpoint's dense index is its place here.</summary>
    public string[] TouchpointIds { get; }

    /// <summary>The code of every touchpoint, by dense index.</summary>
    public int[] TouchpointCodes { get; }

    /// <summary>
    /// Finds a touchpoint's dense index from its id. Shared: read it through
    /// <see cref="TouchpointLookup.Find(ReadOnlySpan{byte})"/> from any thread; to find strings, take a
    /// <see cref="TouchpointLookup.Copy"/> per thread.
    /// </summary>
    public TouchpointLookup Touchpoints { get; }

    public static int StageOf(int code) => code & 0xFF;

    public static int InitiatorOf(int code) => code >> 8;

    public bool SameStages(AnalyticsMap other) =>
        ReferenceEquals(this, other) || (MapId == other.MapId && StageIds.AsSpan().SequenceEqual(other.StageIds)
        && FunnelStages.AsSpan().SequenceEqual(other.FunnelStages) && WindowTicks == other.WindowTicks
        && Breakdown == other.Breakdown && Attribution == other.Attribution && BreakdownLimit == other.BreakdownLimit
        && CohortPeriod == other.CohortPeriod && CollectCustomers == other.CollectCustomers);

    /// <summary>The funnel and window in words, for error messages.</summary>
    public string DescribeFunnel() =>
        $"funnel [{string.Join(", ", FunnelStages.Select(s => StageIds[s]))}], "
        + (WindowTicks == long.MaxValue ? "no window" : $"window {WindowTicks / (double)TimeSpan.TicksPerSecond} s")
        + (Breakdown is null ? ", no breakdown" : $", breakdown '{Breakdown}' ({Attribution.ToString().ToLowerInvariant()}, limit {BreakdownLimit})")
        + (CohortPeriod is null ? ", no cohorts" : $", cohorts by {CohortPeriod.Value.ToString().ToLowerInvariant()}")
        + (CollectCustomers ? ", customer rows kept" : ", no customer rows");

    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice.</exception>
    public static AnalyticsMap Create(JourneyMap map) => Create(map, null);

    /// <summary>The map with the funnel and window of <paramref name="options"/> (validated).</summary>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice, or the options name an unknown or repeated stage or a window that is not positive.</exception>
    public static AnalyticsMap Create(JourneyMap map, AnalyticsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Stages.Count > MaxStages)
        {
            throw new ArgumentException($"The map has {map.Stages.Count} stages; analytics supports at most {MaxStages}.", nameof(map));
        }

        var ids = new List<string>();
        var codes = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var touchpoint in map.Stages[s].Touchpoints)
            {
                if (!seen.Add(touchpoint.Id))
                {
                    throw new ArgumentException($"The touchpoint id '{touchpoint.Id}' appears twice in the map; touchpoint ids must be unique across the map.", nameof(map));
                }

                var initiator = touchpoint.Initiator switch
                {
                    Initiator.Customer => CustomerInitiator,
                    Initiator.Company => CompanyInitiator,
                    _ => NoInitiator,
                };
                var code = s | (initiator << 8);
                ids.Add(touchpoint.Id);
                codes.Add(code);
            }
        }

        var stageIds = map.Stages.Select(stage => stage.Id).ToArray();
        var funnel = options?.FunnelStageIds is { } chosen ? FunnelOf(chosen, stageIds) : Enumerable.Range(0, stageIds.Length).ToArray();
        var window = long.MaxValue;
        if (options?.Window is { } span)
        {
            if (span <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(options), span, $"The conversion window must be longer than zero; {span} was given.");
            }

            window = span.Ticks;
        }

        if (options?.Breakdown is { Length: 0 })
        {
            throw new ArgumentException("The breakdown column is empty; name a column of the events (or a key of the events' properties), or leave the breakdown out.", nameof(options));
        }

        if (options is not null && options.BreakdownLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BreakdownLimit, $"The breakdown limit is {options.BreakdownLimit}; it must be 1 or more (the largest groups kept, the others merged into one).");
        }

        if (options is not null && !Enum.IsDefined(options.Attribution))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Attribution, $"The breakdown attribution {(int)options.Attribution} is not one of first and last.");
        }

        if (options?.CohortPeriod is { } period && !Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(options), period, $"The cohort period {(int)period} is not one of day, week and month.");
        }

        if (options is not null && options.MaxCohortPeriods is < 1 or > JourneyKit.Csv.PeriodLimitException.LargestMaxPeriods)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxCohortPeriods, $"AnalyticsOptions.MaxCohortPeriods is {options.MaxCohortPeriods}; it must be from 1 to {JourneyKit.Csv.PeriodLimitException.LargestMaxPeriods}.");
        }

        return new AnalyticsMap(map.Id, stageIds, [.. ids], [.. codes], funnel, window, map.Playbooks)
        {
            MaxCohortPeriods = options?.MaxCohortPeriods ?? JourneyKit.Csv.PeriodLimitException.DefaultMaxPeriods,
            Breakdown = options?.Breakdown,
            Attribution = options?.Attribution ?? BreakdownAttribution.First,
            BreakdownLimit = options?.BreakdownLimit ?? 50,
            CohortPeriod = options?.CohortPeriod,
            CollectCustomers = options?.CollectCustomers ?? false,
        };
    }

    private static int[] FunnelOf(IReadOnlyList<string> chosen, string[] stageIds)
    {
        if (chosen.Count == 0)
        {
            throw new ArgumentException($"The funnel stages are empty; name at least one of the map's stages [{string.Join(", ", stageIds)}].", "options");
        }

        var funnel = new int[chosen.Count];
        for (var k = 0; k < chosen.Count; k++)
        {
            var index = Array.IndexOf(stageIds, chosen[k]);
            if (index < 0)
            {
                throw new ArgumentException($"The funnel stage '{chosen[k]}' is not a stage of the map; its stages are [{string.Join(", ", stageIds)}].", "options");
            }

            if (funnel.AsSpan(0, k).Contains(index))
            {
                throw new ArgumentException($"The funnel stage '{chosen[k]}' is named twice; name each of the map's stages [{string.Join(", ", stageIds)}] at most once.", "options");
            }

            funnel[k] = index;
        }

        return funnel;
    }
}
