using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Playbooks;

/// <summary>
/// Fires playbook plays: a play fires when its condition <c>metric(targetId) op value</c> holds on
/// the scored map. A play whose metric has no value (an unknown target, a touchpoint without
/// answers, a KPI without attainment) does not fire.
/// </summary>
public static class PlayEvaluator
{
    /// <summary>Whether <c>value op threshold</c> holds.</summary>
    /// <param name="value">The metric's value.</param>
    /// <param name="op">The operator.</param>
    /// <param name="threshold">The condition's value.</param>
    /// <returns><see langword="true"/> when the comparison holds; <c>eq</c> and <c>ne</c> compare exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="op"/> is not a defined operator.</exception>
    public static bool Holds(double value, ComparisonOperator op, double threshold) => op switch
    {
        ComparisonOperator.Lt => value < threshold,
        ComparisonOperator.Le => value <= threshold,
        ComparisonOperator.Gt => value > threshold,
        ComparisonOperator.Ge => value >= threshold,
        ComparisonOperator.Eq => value == threshold,
        ComparisonOperator.Ne => value != threshold,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Value should be one of lt, le, gt, ge, eq, ne."),
    };

    /// <summary>
    /// Evaluates every play of the map's playbooks against its score report. Metrics:
    /// <c>nps</c>, <c>csat</c>, <c>ces</c> (value of the touchpoint's figure, or the stage's when no
    /// touchpoint has the id), <c>emotion</c> (the touchpoint's journey-wide emotion),
    /// <c>touchpointScore</c>, <c>stageScore</c>, <c>journeyScore</c> (no target),
    /// <c>kpiAttainment</c>, <c>opportunityScore</c> (an outcome's opportunity).
    /// </summary>
    /// <param name="map">The map, for its playbooks and emotions.</param>
    /// <param name="report">The map's score report.</param>
    /// <returns>The fired plays, lowest <see cref="Play.Priority"/> first, plays without a priority last, ties in file order (playbook, then play).</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<FiredPlay> Evaluate(JourneyMap map, JourneyScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        return Evaluate(map, report, null, null, null);
    }

    /// <summary>Evaluates the plays; the scorer passes its flattened touchpoints and position lookups (its rows are in map order) to save building them again.</summary>
    internal static IReadOnlyList<FiredPlay> Evaluate(JourneyMap map, JourneyScoreReport report, Touchpoint[]? touchpoints, Dictionary<string, int>? touchpointPositions, Dictionary<string, int>? stagePositions)
    {
        var fired = new List<FiredPlay>();
        if (map.Playbooks.Count == 0)
        {
            return fired;
        }

        var lookup = new Lookup(map, report, touchpoints, touchpointPositions, stagePositions);
        foreach (var playbook in map.Playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                if (play.When is { } when && lookup.ValueOf(when) is { } value && Holds(value, when.Op, when.Value))
                {
                    fired.Add(new FiredPlay { PlaybookId = playbook.Id, PlayId = play.Id, Priority = play.Priority, Value = value });
                }
            }
        }

        // A stable sort: OrderBy keeps file order among equal priorities.
        return [.. fired.OrderBy(static p => p.Priority ?? int.MaxValue).ThenBy(static p => p.Priority is null ? 1 : 0)];
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string?> id)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (id(item) is { } key)
            {
                result.TryAdd(key, item);
            }
        }

        return result;
    }

    /// <summary>The report's figures by id, each lookup built on first use (a playbook that reads only KPIs does not index every touchpoint).</summary>
    private sealed class Lookup(JourneyMap map, JourneyScoreReport report, Touchpoint[]? touchpoints, Dictionary<string, int>? touchpointPositions, Dictionary<string, int>? stagePositions)
    {
        private Dictionary<string, int> TouchpointPositions => touchpointPositions ??= Positions(report.Touchpoints, static t => t.TouchpointId);

        private Dictionary<string, int> StagePositions => stagePositions ??= Positions(report.Stages, static s => s.StageId);

        private Dictionary<string, Kpis.KpiResult> KpiRows => field ??= ById(report.Kpis, static k => k.KpiId);

        private Dictionary<string, OutcomeOpportunity> Outcomes => field ??= ById(report.Outcomes, static o => o.OutcomeId);

        private Touchpoint[] Touchpoints => touchpoints ??= [.. map.Stages.SelectMany(static s => s.Touchpoints)];

        public double? ValueOf(PlayCondition when)
        {
            if (when.Metric == PlayMetric.JourneyScore)
            {
                return report.JourneyScore;
            }

            if (when.TargetId is not { } id)
            {
                return null;
            }

            return when.Metric switch
            {
                PlayMetric.Nps => Survey(id, static t => t.Nps, static s => s.Nps),
                PlayMetric.Csat => Survey(id, static t => t.Csat, static s => s.Csat),
                PlayMetric.Ces => Survey(id, static t => t.Ces, static s => s.Ces),
                PlayMetric.Emotion => TouchpointPositions.TryGetValue(id, out var e) ? PersonaEmotions.JourneyWide(map.Personas, Touchpoints[e]) : null,
                PlayMetric.TouchpointScore => TouchpointPositions.TryGetValue(id, out var t) ? report.Touchpoints[t].Score : null,
                PlayMetric.StageScore => StagePositions.TryGetValue(id, out var s) ? report.Stages[s].Score : null,
                PlayMetric.KpiAttainment => KpiRows.TryGetValue(id, out var k) ? k.Attainment : null,
                PlayMetric.OpportunityScore => Outcomes.TryGetValue(id, out var o) ? o.Opportunity : null,
                _ => null,
            };
        }

        private static Dictionary<string, int> Positions<T>(IReadOnlyList<T> rows, Func<T, string?> id)
        {
            var result = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
            for (var i = 0; i < rows.Count; i++)
            {
                if (id(rows[i]) is { } key)
                {
                    result.TryAdd(key, i);
                }
            }

            return result;
        }

        private double? Survey(string id, Func<TouchpointScore, SurveyEstimate?> ofTouchpoint, Func<StageScore, SurveyEstimate?> ofStage)
        {
            if (TouchpointPositions.TryGetValue(id, out var touchpoint))
            {
                return ofTouchpoint(report.Touchpoints[touchpoint])?.Value;
            }

            return StagePositions.TryGetValue(id, out var stage) ? ofStage(report.Stages[stage])?.Value : null;
        }
    }
}
