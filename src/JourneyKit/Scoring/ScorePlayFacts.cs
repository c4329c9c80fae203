using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Playbooks;

namespace JourneyKit.Scoring;

/// <summary>
/// The facts a score report gives plays: for each condition of the map's playbooks, the figure it
/// names — <c>nps</c>, <c>csat</c>, <c>ces</c> (the touchpoint's figure, or the stage's when no
/// touchpoint has the id), <c>emotion</c> (the touchpoint's journey-wide emotion),
/// <c>touchpointScore</c>, <c>stageScore</c>, <c>journeyScore</c> (no target), <c>kpiAttainment</c>,
/// <c>opportunityScore</c> (an outcome's opportunity). Only the figures the conditions name are
/// looked up, and each lookup is built on first use (a playbook that reads only KPIs does not index
/// every touchpoint).
/// </summary>
internal static class ScorePlayFacts
{
    /// <summary>The facts of a report for the map's plays.</summary>
    /// <param name="map">The map, for its playbooks and emotions.</param>
    /// <param name="report">The map's score report.</param>
    /// <param name="touchpoints">The map's touchpoints in journey order (the report's rows are in that order), or <see langword="null"/> to flatten them here.</param>
    /// <param name="touchpointPositions">Touchpoint id → row, first occurrence, or <see langword="null"/>.</param>
    /// <param name="stagePositions">Stage id → row, first occurrence, or <see langword="null"/>.</param>
    public static PlayFacts Of(JourneyMap map, JourneyScoreReport report, Touchpoint[]? touchpoints = null, Dictionary<string, int>? touchpointPositions = null, Dictionary<string, int>? stagePositions = null)
    {
        var facts = new PlayFacts();
        if (map.Playbooks.Count == 0)
        {
            return facts;
        }

        var lookup = new Lookup(map, report, touchpoints, touchpointPositions, stagePositions);
        foreach (var playbook in map.Playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                if (play.When is { } when && lookup.ValueOf(when) is { } value)
                {
                    facts.Set(when.Metric, when.TargetId, value);
                }
            }
        }

        return facts;
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

    /// <summary>The report's figures by id, each lookup built on first use.</summary>
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
