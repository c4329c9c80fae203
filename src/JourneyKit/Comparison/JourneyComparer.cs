using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Comparison;

/// <summary>
/// Compares two journey maps and says, with statistics, whether the change made the journey better:
/// the structural diff (<see cref="StructuralDiffer"/>), then the change of every figure of the
/// journey, each stage, each touchpoint and each KPI present in both maps.
/// </summary>
/// <remarks>
/// <para>
/// Stages, touchpoints and KPIs are matched by id. For each, every figure present on both sides gets
/// a <see cref="MetricChange"/>: experience score, NPS, CSAT, CES, lead time, process cycle efficiency,
/// pain-point count and rolled complete-and-accurate (KPIs: value and attainment). A figure present on
/// one side only is listed in <see cref="JourneyDiffReport.OneSided"/>, not as a change. Survey
/// figures are computed from the answer counts merged over the scope (the journey merges every
/// touchpoint) and tested with <see cref="SurveyDifferenceTest"/>.
/// </para>
/// <para>
/// The report is <see cref="DiffKind.Projected"/> when either map is a future state and
/// <see cref="DiffKind.Measured"/> when both are current states; <see cref="JourneyDiffReport.Warnings"/>
/// says when the pair is not the expected one (a future map whose <c>baseMapId</c> is not the other
/// map, the future map given first, two current maps with different ids).
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and safe to use from several threads at once, provided the scorer is.</threadsafety>
public sealed class JourneyComparer : IJourneyComparer
{
    /// <summary>A difference smaller than this in absolute value is <see cref="ChangeDirection.Unchanged"/>: 1e-9.</summary>
    public const double UnchangedTolerance = 1e-9;

    private readonly IJourneyScorer _scorer;

    /// <summary>Creates a comparer that scores maps with a default <see cref="JourneyScorer"/>.</summary>
    public JourneyComparer()
        : this(new JourneyScorer())
    {
    }

    /// <summary>Creates a comparer that scores maps with <paramref name="scorer"/> (its options and KPI calculators apply).</summary>
    /// <param name="scorer">The scorer.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scorer"/> is <see langword="null"/>.</exception>
    public JourneyComparer(IJourneyScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    /// <inheritdoc/>
    public JourneyDiffReport Compare(JourneyMap before, JourneyMap after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(before, _scorer.Score(before), after, _scorer.Score(after));
    }

    /// <summary>Compares two maps that are already scored.</summary>
    /// <param name="before">The earlier snapshot, or the current state.</param>
    /// <param name="beforeScores">The score report of <paramref name="before"/>.</param>
    /// <param name="after">The later snapshot, or the future state.</param>
    /// <param name="afterScores">The score report of <paramref name="after"/>.</param>
    /// <returns>The diff report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a score report is not the report of its map (its <c>mapId</c> differs).</exception>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when a map holds survey counts of the wrong length.</exception>
    public static JourneyDiffReport Compare(JourneyMap before, JourneyScoreReport beforeScores, JourneyMap after, JourneyScoreReport afterScores)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(beforeScores);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(afterScores);
        CheckReportOf(before, beforeScores, nameof(beforeScores));
        CheckReportOf(after, afterScores, nameof(afterScores));

        var warnings = new List<string>();
        var kind = KindOf(before, after, warnings);
        var b = new ComparisonSide(before, beforeScores);
        var a = new ComparisonSide(after, afterScores);
        var rows = new MetricRows();

        rows.Scope(DiffScope.Journey, null, b.Journey, a.Journey);
        foreach (var id in Ids(after.Stages.Select(static s => s.Id)))
        {
            if (b.Stage(id) is { } bs && a.Stage(id) is { } @as)
            {
                rows.Scope(DiffScope.Stage, id, bs, @as);
            }
        }

        foreach (var id in Ids(after.Stages.SelectMany(static s => s.Touchpoints).Select(static t => t.Id)))
        {
            if (b.Touchpoint(id) is { } bt && a.Touchpoint(id) is { } at)
            {
                rows.Scope(DiffScope.Touchpoint, id, bt, at);
            }
        }

        foreach (var id in Ids(after.Kpis.Select(static k => k.Id)))
        {
            if (b.Kpi(id) is { } bk && a.Kpi(id) is { } ak)
            {
                if (bk.Kpi.Direction == ak.Kpi.Direction)
                {
                    rows.Figure(DiffScope.Kpi, id, DiffMetric.KpiValue, bk.Result.Value, ak.Result.Value, ak.Kpi.Direction == KpiDirection.HigherIsBetter);
                }
                else
                {
                    warnings.Add($"KPI '{id}' changed its direction from {Camel(bk.Kpi.Direction)} to {Camel(ak.Kpi.Direction)}, so the change of its value is neither better nor worse and is left out; its attainment is compared.");
                }

                rows.Figure(DiffScope.Kpi, id, DiffMetric.KpiAttainment, bk.Result.Attainment, ak.Result.Attainment, higherIsBetter: true);
            }
        }

        var structure = StructuralDiffer.Compare(before, after);
        if (!JourneyDiffReport.SharesTouchpoints(rows.Changes, structure))
        {
            warnings.Add(
                $"The maps share no touchpoint id ('{before.Id}' has {Count(before)}, '{after.Id}' {Count(after)}): they are not comparable, "
                + "since every figure is about different touchpoints; every touchpoint counts as removed or added, and the verdict is 'not comparable'.");
        }

        return new JourneyDiffReport(kind, rows.Changes, structure, rows.OneSided, warnings);
    }

    /// <summary>Which way a difference goes for a figure of the given direction.</summary>
    /// <param name="difference">After − before.</param>
    /// <param name="higherIsBetter">Whether larger values of the figure are better.</param>
    /// <returns><see cref="ChangeDirection.Unchanged"/> when |difference| &lt; <see cref="UnchangedTolerance"/>, else better or worse.</returns>
    public static ChangeDirection DirectionOf(double difference, bool higherIsBetter) =>
        Math.Abs(difference) < UnchangedTolerance ? ChangeDirection.Unchanged
        : difference > 0 == higherIsBetter ? ChangeDirection.Better
        : ChangeDirection.Worse;

    /// <summary>Whether larger values of a figure are better; <see cref="DiffMetric.KpiValue"/> depends on the KPI and is <see langword="null"/>.</summary>
    /// <param name="metric">The figure.</param>
    /// <returns><see langword="true"/> for score, NPS, CSAT, process cycle efficiency, rolled complete-and-accurate and KPI attainment;
    /// <see langword="false"/> for CES, lead time and pain points; <see langword="null"/> for a KPI's value.</returns>
    public static bool? HigherIsBetter(DiffMetric metric) => metric switch
    {
        DiffMetric.Ces or DiffMetric.LeadTimeMinutes or DiffMetric.PainPoints => false,
        DiffMetric.KpiValue => null,
        _ => true,
    };

    private static DiffKind KindOf(JourneyMap before, JourneyMap after, List<string> warnings)
    {
        if (before.State == MapState.Current && after.State == MapState.Current)
        {
            if (!string.Equals(before.Id, after.Id, StringComparison.Ordinal))
            {
                warnings.Add($"The maps have different ids ('{before.Id}' and '{after.Id}'): they are compared as two snapshots of one journey, matching stages, touchpoints and KPIs by id.");
            }

            return DiffKind.Measured;
        }

        if (after.State == MapState.Future && before.State == MapState.Current && string.Equals(after.BaseMapId, before.Id, StringComparison.Ordinal))
        {
            return DiffKind.Projected;
        }

        if (before.State == MapState.Future && after.State == MapState.Current && string.Equals(before.BaseMapId, after.Id, StringComparison.Ordinal))
        {
            warnings.Add($"The first map ('{before.Id}') is the future state of the second ('{after.Id}'), so the report reads from the plan back to today; give the current map first to see the plan's effect.");
        }
        else if (before.State == MapState.Future && after.State == MapState.Future)
        {
            warnings.Add($"Both maps are future states ('{before.Id}' and '{after.Id}'): the report compares two plans.");
        }
        else
        {
            var (future, current) = after.State == MapState.Future ? (after, before) : (before, after);
            warnings.Add($"The future-state map '{future.Id}' has baseMapId {Quote(future.BaseMapId)}, not '{current.Id}': it is compared as a plan for the other map anyway, matching stages, touchpoints and KPIs by id.");
        }

        return DiffKind.Projected;
    }

    private static void CheckReportOf(JourneyMap map, JourneyScoreReport report, string paramName)
    {
        if (!string.Equals(map.Id, report.MapId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The score report is of map {Quote(report.MapId)}, not of '{map.Id}'; pass each map with its own report.", paramName);
        }
    }

    private static string Count(JourneyMap map)
    {
        var n = map.Stages.Sum(static s => s.Touchpoints.Count);
        return n == 1 ? "1 touchpoint" : $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} touchpoints";
    }

        private static IEnumerable<string> Ids(IEnumerable<string?> ids) => ids.OfType<string>().Distinct(StringComparer.Ordinal);

    private static string Quote(string? id) => id is null ? "null" : $"'{id}'";

    private static string Camel(KpiDirection direction) => direction == KpiDirection.HigherIsBetter ? "higherIsBetter" : "lowerIsBetter";

    /// <summary>Builds the metric rows and one-sided figures in report order.</summary>
    private sealed class MetricRows
    {
        public List<MetricChange> Changes { get; } = [];

        public List<OneSidedMetric> OneSided { get; } = [];

        public void Scope(DiffScope scope, string? id, ScopeFigures before, ScopeFigures after)
        {
            Figure(scope, id, DiffMetric.Score, before.Score, after.Score, higherIsBetter: true);
            Survey(scope, id, DiffMetric.Nps, before.Nps, after.Nps, SurveyDifferenceTest.Nps);
            Survey(scope, id, DiffMetric.Csat, before.Csat, after.Csat, SurveyDifferenceTest.Csat);
            Survey(scope, id, DiffMetric.Ces, before.Ces, after.Ces, SurveyDifferenceTest.Ces);
            Figure(scope, id, DiffMetric.LeadTimeMinutes, before.ValueStream.LeadTimeMinutes, after.ValueStream.LeadTimeMinutes, higherIsBetter: false);
            Figure(scope, id, DiffMetric.ProcessCycleEfficiency, before.ValueStream.ProcessCycleEfficiency, after.ValueStream.ProcessCycleEfficiency, higherIsBetter: true);
            Figure(scope, id, DiffMetric.PainPoints, before.PainPoints, after.PainPoints, higherIsBetter: false);
            Figure(scope, id, DiffMetric.RolledCompleteAccurate, before.ValueStream.RolledCompleteAccurate, after.ValueStream.RolledCompleteAccurate, higherIsBetter: true);
        }

        public void Figure(DiffScope scope, string? id, DiffMetric metric, double? before, double? after, bool higherIsBetter)
        {
            if (before is { } b && after is { } a)
            {
                var difference = a - b;
                Changes.Add(new MetricChange(scope, id, metric, b, a, difference, null, null, null, DirectionOf(difference, higherIsBetter)));
            }
            else
            {
                AddOneSided(scope, id, metric, before is not null, after is not null);
            }
        }

        private void Survey<TTally>(DiffScope scope, string? id, DiffMetric metric, TTally? before, TTally? after, Func<TTally, TTally, SurveyDifference> test)
            where TTally : class
        {
            if (before is not null && after is not null)
            {
                var result = test(before, after);
                Changes.Add(new MetricChange(
                    scope,
                    id,
                    metric,
                    result.Before,
                    result.After,
                    result.Difference,
                    result.StandardError,
                    result.Statistic,
                    result.Significant,
                    DirectionOf(result.Difference, HigherIsBetter(metric)!.Value)));
            }
            else
            {
                AddOneSided(scope, id, metric, before is not null, after is not null);
            }
        }

        private void AddOneSided(DiffScope scope, string? id, DiffMetric metric, bool inBefore, bool inAfter)
        {
            if (inBefore != inAfter)
            {
                OneSided.Add(new OneSidedMetric(scope, id, metric, inBefore ? MetricSide.Before : MetricSide.After));
            }
        }
    }
}
