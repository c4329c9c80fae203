using System.Globalization;
using JourneyKit.Csv;
using JourneyKit.Model;

namespace JourneyKit.Monitoring;

/// <summary>
/// The streaming fold of survey answers into rating counts per (touchpoint, metric, period).
/// Memory grows with touchpoints × metrics × periods, never with answers. Two accumulators of the
/// same map and options merge into the one a single pass over both inputs gives, so answers can be
/// folded in parts (any split) and merged. Not thread-safe: fold one per thread and merge.
/// </summary>
public sealed class MonitoringAccumulator
{
    private readonly Dictionary<string, int> _touchpointIndex;
    private readonly Dictionary<int, long[]>[] _counts; // [touchpoint * 3 + metric]: period start day → counts
    private readonly long? _sinceTicks;
    private readonly long? _untilTicks;

    /// <summary>Starts an empty fold for <paramref name="map"/>.</summary>
    /// <param name="map">The map whose touchpoints (and stages) the answers are about.</param>
    /// <param name="options">Period and range; <c>null</c> for the defaults. Copied: later changes do not apply.</param>
    public MonitoringAccumulator(JourneyMap map, MonitoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= new MonitoringOptions();
        if (!Enum.IsDefined(options.Period))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Period, "The period should be day, week or month.");
        }
        if (options.MaxPeriods is < 1 or > MonitoringOptions.LargestMaxPeriods)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxPeriods, string.Create(CultureInfo.InvariantCulture, $"MonitoringOptions.MaxPeriods should be from 1 to {MonitoringOptions.LargestMaxPeriods:N0}."));
        }
        Map = map;
        Period = options.Period;
        MaxPeriods = options.MaxPeriods;
        Since = options.Since;
        Until = options.Until;
        _sinceTicks = options.Since?.UtcTicks;
        _untilTicks = options.Until?.UtcTicks;
        _touchpointIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var touchpoints = new List<string>();
        foreach (var stage in map.Stages)
        {
            foreach (var touchpoint in stage.Touchpoints)
            {
                if (_touchpointIndex.TryAdd(touchpoint.Id, touchpoints.Count))
                {
                    touchpoints.Add(touchpoint.Id);
                }
            }
        }
        TouchpointIds = touchpoints;
        _counts = new Dictionary<int, long[]>[touchpoints.Count * 3];
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = [];
        }
    }

    /// <summary>The map folded for.</summary>
    public JourneyMap Map { get; }

    /// <summary>The period length.</summary>
    public MonitoringPeriod Period { get; }

    /// <summary>The most periods the report may cover (<see cref="MonitoringOptions.MaxPeriods"/>).</summary>
    public int MaxPeriods { get; }

    /// <summary>The inclusive lower bound of the range, or <c>null</c>.</summary>
    public DateTimeOffset? Since { get; }

    /// <summary>The exclusive upper bound of the range, or <c>null</c>.</summary>
    public DateTimeOffset? Until { get; }

    /// <summary>The well-formed answers in the range, unknown touchpoints included.</summary>
    public long Answers { get; private set; }

    /// <summary>The answers in the range on a touchpoint not in the map.</summary>
    public long UnknownTouchpointAnswers { get; private set; }

    /// <summary>The malformed lines of the CSV input (0 for answers given in memory).</summary>
    public long MalformedLines { get; private set; }

    /// <summary>
    /// The first malformed line or unknown-touchpoint answer of the CSV input, or <c>null</c> (none, or
    /// answers given in memory). With <see cref="MonitoringOptions.Strict"/> the read stops there.
    /// </summary>
    public CsvProblem? FirstProblem { get; private set; }

    internal IReadOnlyList<string> TouchpointIds { get; }

    /// <summary>How many malformed lines <see cref="FirstMalformedLines"/> keeps: 5.</summary>
    public const int MalformedLinesKept = 5;

    /// <summary>
    /// The first malformed lines of the CSV input, at most <see cref="MalformedLinesKept"/>, in the order read (answers on
    /// touchpoints not in the map are not malformed and are not among them): what <c>journeykit monitor</c> and
    /// <c>tally</c> name on standard error without <c>--strict</c>. Empty when no line was malformed.
    /// </summary>
    public IReadOnlyList<CsvProblem> FirstMalformedLines => _malformed;

    private readonly List<CsvProblem> _malformed = [];

    internal void NoteProblem(CsvProblem problem)
    {
        FirstProblem ??= problem;
        if (problem.Kind != CsvProblemKind.UnknownTouchpoint && _malformed.Count < MalformedLinesKept)
        {
            _malformed.Add(problem);
        }
    }

    /// <summary>Folds one answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><c>false</c> when the answer is outside the range [Since, Until) and so not counted; <c>true</c> otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The metric is unknown or the rating is outside its range.</exception>
    /// <exception cref="ArgumentException">The touchpoint id is empty.</exception>
    public bool Add(SurveyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!Enum.IsDefined(answer.Metric))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer.Metric, "The metric should be nps, csat or ces.");
        }
        int min = SurveyAnswer.MinRating(answer.Metric), max = SurveyAnswer.MaxRating(answer.Metric);
        if (answer.Rating < min || answer.Rating > max)
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer.Rating, $"A {Name(answer.Metric)} rating should be an integer in {min}..{max}; got {answer.Rating}.");
        }
        if (string.IsNullOrEmpty(answer.TouchpointId))
        {
            throw new ArgumentException("The answer's touchpointId is empty; it should name a touchpoint of the map.", nameof(answer));
        }
        var ticks = answer.Timestamp.UtcTicks;
        if (!InRange(ticks))
        {
            return false;
        }
        Count(_touchpointIndex.TryGetValue(answer.TouchpointId, out var index) ? index : -1, answer.Metric, answer.Rating, ticks);
        return true;
    }

    /// <summary>Folds every answer of <paramref name="answers"/>.</summary>
    /// <param name="answers">The answers.</param>
    public void AddRange(IEnumerable<SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var answer in answers)
        {
            Add(answer);
        }
    }

    /// <summary>Folds every answer of <paramref name="answers"/>.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="cancellationToken">Stops the fold.</param>
    /// <returns>A task that completes when every answer is folded.</returns>
    public async Task AddRangeAsync(IAsyncEnumerable<SurveyAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await foreach (var answer in answers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(answer);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (same map, period and range) to this one.</summary>
    /// <param name="other">The other part.</param>
    /// <exception cref="ArgumentException">The parts fold different maps, periods or ranges.</exception>
    public void Merge(MonitoringAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if ((!ReferenceEquals(other.Map, Map) && other.Map.Id != Map.Id) || other.Period != Period || other.Since != Since || other.Until != Until
            || !other.TouchpointIds.SequenceEqual(TouchpointIds))
        {
            throw new ArgumentException("Only accumulators of the same map, period and range can be merged.", nameof(other));
        }
        for (var i = 0; i < _counts.Length; i++)
        {
            foreach (var (period, counts) in other._counts[i])
            {
                var mine = Slot(_counts[i], period, counts.Length);
                for (var r = 0; r < counts.Length; r++)
                {
                    mine[r] = checked(mine[r] + counts[r]);
                }
            }
        }
        Answers = checked(Answers + other.Answers);
        UnknownTouchpointAnswers = checked(UnknownTouchpointAnswers + other.UnknownTouchpointAnswers);
        MalformedLines = checked(MalformedLines + other.MalformedLines);
        FirstProblem ??= other.FirstProblem;
        _malformed.AddRange(other._malformed.Take(MalformedLinesKept - _malformed.Count));
    }

    /// <summary>The report of everything folded so far.</summary>
    /// <returns>The report, as the design's "Monitoring survey answers over time" defines it.</returns>
    /// <exception cref="PeriodLimitException">The answers span more than <see cref="MaxPeriods"/> periods; it says how many, from when to when.</exception>
    public MonitoringReport ToReport()
    {
        if (Span() is { } span && span.Periods > MaxPeriods)
        {
            throw new PeriodLimitException("answers", PeriodName(Period), span.Periods, MaxPeriods, span.First, span.Last, "bound the range with MonitoringOptions.Since and Until, choose a longer Period, or raise MaxPeriods");
        }

        return MonitoringReportBuilder.Build(this);
    }

    /// <summary>
    /// How many periods a report would cover, from the earliest period with an answer on a known touchpoint to the latest,
    /// both included; <see langword="null"/> when there is none.
    /// </summary>
    private (long Periods, DateOnly First, DateOnly Last)? Span()
    {
        int? first = null, last = null;
        foreach (var counts in _counts)
        {
            foreach (var start in counts.Keys)
            {
                first = first is { } f && f <= start ? f : start;
                last = last is { } l && l >= start ? l : start;
            }
        }

        if (first is not { } from || last is not { } to)
        {
            return null;
        }

        var (a, b) = (DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(to));
        return (PeriodLimitException.Count(PeriodName(Period), a, b), a, b);
    }

    private static string PeriodName(MonitoringPeriod period) => period switch
    {
        MonitoringPeriod.Day => "day",
        MonitoringPeriod.Week => "week",
        _ => "month",
    };

    internal bool InRange(long utcTicks) => (_sinceTicks is not { } since || utcTicks >= since) && (_untilTicks is not { } until || utcTicks < until);

    internal int TouchpointIndex(ReadOnlySpan<char> id) =>
        _touchpointIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var index) ? index : -1;

    internal void CountMalformed() => MalformedLines++;

    internal void Count(int touchpoint, SurveyMetric metric, int rating, long utcTicks)
    {
        Answers++;
        if (touchpoint < 0)
        {
            UnknownTouchpointAnswers++;
            return;
        }
        var slot = Slot(_counts[(touchpoint * 3) + (int)metric], PeriodStart(Period, utcTicks), SurveyAnswer.MaxRating(metric) - SurveyAnswer.MinRating(metric) + 1);
        slot[rating - SurveyAnswer.MinRating(metric)]++;
    }

    internal IReadOnlyDictionary<int, long[]> Counts(int touchpoint, SurveyMetric metric) => _counts[(touchpoint * 3) + (int)metric];

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of the start of the period holding the UTC instant.</summary>
    internal static int PeriodStart(MonitoringPeriod period, long utcTicks)
    {
        var day = (int)(utcTicks / TimeSpan.TicksPerDay);
        switch (period)
        {
            case MonitoringPeriod.Day:
                return day;
            case MonitoringPeriod.Week:
                return day - (day % 7); // day 0 (0001-01-01) is a Monday
            default:
                var date = DateOnly.FromDayNumber(day);
                return new DateOnly(date.Year, date.Month, 1).DayNumber;
        }
    }

    internal static int NextPeriod(MonitoringPeriod period, int start) => period switch
    {
        MonitoringPeriod.Day => start + 1,
        MonitoringPeriod.Week => start + 7,
        _ => DateOnly.FromDayNumber(start).AddMonths(1).DayNumber,
    };

    internal static string Name(SurveyMetric metric) => metric switch
    {
        SurveyMetric.Nps => "nps",
        SurveyMetric.Csat => "csat",
        _ => "ces",
    };

    private static long[] Slot(Dictionary<int, long[]> periods, int period, int length)
    {
        if (!periods.TryGetValue(period, out var counts))
        {
            counts = new long[length];
            periods.Add(period, counts);
        }
        return counts;
    }
}
