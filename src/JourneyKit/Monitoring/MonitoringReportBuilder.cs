using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Playbooks;

namespace JourneyKit.Monitoring;

/// <summary>Turns an accumulator's counts into the report.</summary>
internal static class MonitoringReportBuilder
{
    private const double Tiny = 1e-9;
    private const double Alpha = 0.05;
    private const long SmallSample = 30;
    private static readonly SurveyMetric[] Metrics = [SurveyMetric.Nps, SurveyMetric.Csat, SurveyMetric.Ces];

    private sealed class Draft
    {
        public required MonitoringScope Scope { get; init; }
        public required string? Id { get; init; }
        public required SurveyMetric Metric { get; init; }
        public required SortedDictionary<int, long[]> Periods { get; init; }
        public List<MonitoringPoint> Points { get; } = [];
        public MonitoringChange? Change { get; set; }
        public MonitoringTrend Trend { get; set; } = new(null, MonitoringTrendDirection.Flat);
    }

    public static MonitoringReport Build(MonitoringAccumulator accumulator)
    {
        var map = accumulator.Map;
        var drafts = new List<Draft>();
        var touchpointIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < accumulator.TouchpointIds.Count; i++)
        {
            touchpointIndex[accumulator.TouchpointIds[i]] = i;
        }

        for (var i = 0; i < accumulator.TouchpointIds.Count; i++)
        {
            AddDrafts(drafts, accumulator, MonitoringScope.Touchpoint, accumulator.TouchpointIds[i], [i]);
        }
        var seen = new HashSet<int>();
        foreach (var stage in map.Stages)
        {
            var members = stage.Touchpoints.Select(t => touchpointIndex[t.Id]).Where(seen.Add).ToList();
            AddDrafts(drafts, accumulator, MonitoringScope.Stage, stage.Id, members);
        }
        AddDrafts(drafts, accumulator, MonitoringScope.Journey, null, Enumerable.Range(0, accumulator.TouchpointIds.Count).ToList());

        int? last = drafts.Count == 0 ? null : drafts.Max(d => d.Periods.Keys.Max());
        foreach (var draft in drafts)
        {
            Points(draft, accumulator.Period, last!.Value);
            Change(draft);
            Trend(draft);
        }

        var tested = drafts.Where(d => d.Change?.PValue is not null).ToList();
        var adjusted = MultipleComparisons.Holm(tested.Select(d => d.Change!.PValue!.Value).ToList());
        for (var i = 0; i < tested.Count; i++)
        {
            tested[i].Change = tested[i].Change! with { AdjustedPValue = adjusted[i], Significant = adjusted[i] < Alpha };
        }

        var alerts = new List<MonitoringAlert>();
        var facts = new PlayFacts();
        foreach (var draft in drafts)
        {
            if (draft.Change is { Significant: true, Direction: MonitoringChangeDirection.Worse })
            {
                alerts.Add(new MonitoringAlert(draft.Scope, draft.Id, draft.Metric, MonitoringAlertKind.SignificantWorsening));
            }
            var lastPoint = draft.Points[^1];
            if (lastPoint.N is > 0 and < SmallSample)
            {
                alerts.Add(new MonitoringAlert(draft.Scope, draft.Id, draft.Metric, MonitoringAlertKind.SmallSample));
            }
            if (lastPoint.Value is { } value && draft.Scope != MonitoringScope.Journey)
            {
                facts.Set(PlayMetricOf(draft.Metric), draft.Id, value);
            }
        }

        var plays = map.Playbooks
            .Select(b => b with { Plays = b.Plays.Where(p => p.When.Metric is PlayMetric.Nps or PlayMetric.Csat or PlayMetric.Ces).ToList() })
            .ToList();
        return new MonitoringReport
        {
            MapId = map.Id,
            Period = accumulator.Period,
            Answers = accumulator.Answers,
            MalformedLines = accumulator.MalformedLines,
            UnknownTouchpointAnswers = accumulator.UnknownTouchpointAnswers,
            Series = drafts.Select(d => new MonitoringSeries
            {
                Scope = d.Scope, Id = d.Id, Metric = d.Metric, Points = d.Points, Change = d.Change, Trend = d.Trend,
            }).ToList(),
            Alerts = alerts,
            FiredPlays = PlayEvaluator.Evaluate(plays, facts),
        };
    }

    private static PlayMetric PlayMetricOf(SurveyMetric metric) => metric switch
    {
        SurveyMetric.Nps => PlayMetric.Nps,
        SurveyMetric.Csat => PlayMetric.Csat,
        _ => PlayMetric.Ces,
    };

    private static void AddDrafts(List<Draft> drafts, MonitoringAccumulator accumulator, MonitoringScope scope, string? id, IReadOnlyList<int> touchpoints)
    {
        foreach (var metric in Metrics)
        {
            var periods = new SortedDictionary<int, long[]>();
            foreach (var t in touchpoints)
            {
                foreach (var (period, counts) in accumulator.Counts(t, metric))
                {
                    if (!periods.TryGetValue(period, out var pooled))
                    {
                        pooled = new long[counts.Length];
                        periods.Add(period, pooled);
                    }
                    for (var r = 0; r < counts.Length; r++)
                    {
                        pooled[r] += counts[r];
                    }
                }
            }
            if (periods.Count > 0)
            {
                drafts.Add(new Draft { Scope = scope, Id = id, Metric = metric, Periods = periods });
            }
        }
    }

    private static void Points(Draft draft, MonitoringPeriod period, int last)
    {
        for (var start = draft.Periods.Keys.First(); start <= last; start = MonitoringAccumulator.NextPeriod(period, start))
        {
            var date = DateOnly.FromDayNumber(start);
            if (draft.Periods.TryGetValue(start, out var counts) && Estimate(draft.Metric, counts) is { } e)
            {
                draft.Points.Add(new MonitoringPoint(date, e.Value, e.Low, e.High, e.N));
            }
            else
            {
                draft.Points.Add(new MonitoringPoint(date, null, null, null, 0));
            }
        }
    }

    private static SurveyEstimate? Estimate(SurveyMetric metric, long[] counts) => metric switch
    {
        SurveyMetric.Nps => NpsTally.FromCounts(counts).Estimate(),
        SurveyMetric.Csat => CsatTally.FromCounts(counts).Estimate(),
        _ => CesTally.FromCounts(counts).Estimate(),
    };

    private static SignificanceTest? Test(SurveyMetric metric, long[] before, long[] after) => metric switch
    {
        SurveyMetric.Nps => SurveyComparison.Nps(NpsTally.FromCounts(before), NpsTally.FromCounts(after)),
        SurveyMetric.Csat => SurveyComparison.Csat(CsatTally.FromCounts(before), CsatTally.FromCounts(after)),
        _ => SurveyComparison.Ces(CesTally.FromCounts(before), CesTally.FromCounts(after)),
    };

    private static void Change(Draft draft)
    {
        var filled = draft.Points.Where(p => p.N > 0).ToList();
        if (filled.Count < 2)
        {
            return;
        }
        var from = filled[^2];
        var to = filled[^1];
        var test = Test(draft.Metric, draft.Periods[from.Start.DayNumber], draft.Periods[to.Start.DayNumber]);
        var difference = test?.Difference ?? (to.Value!.Value - from.Value!.Value);
        var direction = Math.Abs(difference) < Tiny ? MonitoringChangeDirection.Unchanged
            : (difference > 0) == HigherIsBetter(draft.Metric) ? MonitoringChangeDirection.Better : MonitoringChangeDirection.Worse;
        draft.Change = new MonitoringChange(from.Start, to.Start, difference, test?.Statistic, test?.PValue, null, false, direction);
    }

    private static void Trend(Draft draft)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < draft.Points.Count; i++)
        {
            if (draft.Points[i].Value is { } value)
            {
                xs.Add(i);
                ys.Add(value);
            }
        }
        if (xs.Count < 2)
        {
            return;
        }
        double mx = xs.Average(), my = ys.Average(), sxy = 0, sxx = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        var slope = sxy / sxx;
        var direction = Math.Abs(slope) < Tiny ? MonitoringTrendDirection.Flat
            : (slope > 0) == HigherIsBetter(draft.Metric) ? MonitoringTrendDirection.Improving : MonitoringTrendDirection.Worsening;
        draft.Trend = new MonitoringTrend(slope, direction);
    }

    private static bool HigherIsBetter(SurveyMetric metric) => metric != SurveyMetric.Ces;
}
