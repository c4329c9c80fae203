using System.Globalization;
using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>Finds the map's objects that a score report names by id, for the report tables.</summary>
/// <remarks>Methods ending in a name return plain text (to be escaped by the caller); <see cref="StepBadge"/> and <see cref="TouchpointLabel"/> return escaped HTML.</remarks>
internal sealed class Lookup
{
    private readonly JourneyView _view;
    private readonly Dictionary<string, (Touchpoint Touchpoint, Stage Stage)> _touchpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pains = new(StringComparer.Ordinal);
    private readonly HashSet<string> _delights = new(StringComparer.Ordinal);

    public Lookup(JourneyView view)
    {
        _view = view;
        foreach (var stage in view.Map.Stages)
        {
            foreach (var touchpoint in stage.Touchpoints)
            {
                _touchpoints.TryAdd(touchpoint.Id, (touchpoint, stage));
            }
        }

        foreach (var touchpoint in view.Touchpoints)
        {
            _numbers.TryAdd(touchpoint.Source.Id, touchpoint.Number);
        }

        _pains.UnionWith(view.Report.PainPoints.Select(f => f.TouchpointId));
        _delights.UnionWith(view.Report.Delights.Select(f => f.TouchpointId));
    }

    public string TouchpointName(string id) => _touchpoints.TryGetValue(id, out var found) ? found.Touchpoint.Name : id;

    public string StageNameOf(string touchpointId) => _touchpoints.TryGetValue(touchpointId, out var found) ? found.Stage.Name : string.Empty;

    public string StageName(string id) => _view.Map.Stages.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    public string PersonaName(string id) => _view.Map.Personas.FirstOrDefault(p => p.Id == id) is { } p ? JourneyViewBuilder.DisplayName(p) : id;

    public string CompetitorName(string id) => _view.Map.Competitors.FirstOrDefault(c => c.Id == id)?.Name ?? id;

    public Outcome? Outcome(string id) => _view.Map.Outcomes.FirstOrDefault(o => o.Id == id);

    public Kpi? Kpi(string id) => _view.Map.Kpis.FirstOrDefault(k => k.Id == id);

    public Opportunity? Opportunity(string id) => _view.Map.Opportunities.FirstOrDefault(o => o.Id == id);

    public (Playbook? Playbook, Play? Play) Play(string playbookId, string playId)
    {
        var playbook = _view.Map.Playbooks.FirstOrDefault(p => p.Id == playbookId);
        return (playbook, playbook?.Plays.FirstOrDefault(p => p.Id == playId));
    }

    /// <summary>The step number of a touchpoint drawn in the map, or null.</summary>
    public int? Number(string touchpointId) => _numbers.TryGetValue(touchpointId, out var n) ? n : null;

    /// <summary><c>pain</c>, <c>delight</c> or null: the badge colour of a touchpoint.</summary>
    public string? FindingClass(string touchpointId) =>
        _pains.Contains(touchpointId) ? "pain" : _delights.Contains(touchpointId) ? "delight" : null;

    /// <summary>The step-number badge (HTML) of a touchpoint drawn in the map; empty when it is not drawn.</summary>
    public string StepBadge(string touchpointId, string? cls) => Number(touchpointId) is { } n
        ? $"<span class=\"step{(cls is null ? string.Empty : " " + cls)}\">{n.ToString(CultureInfo.InvariantCulture)}</span>"
        : string.Empty;

    /// <summary>Badge and escaped name of a touchpoint (HTML).</summary>
    public string TouchpointLabel(string touchpointId) =>
        StepBadge(touchpointId, FindingClass(touchpointId)) + MarkupText.Escape(TouchpointName(touchpointId));

    /// <summary>Where a KPI is measured, in words.</summary>
    public string ScopeText(KpiScope? scope)
    {
        if (scope is null || (scope.StageId is null && scope.TouchpointId is null && scope.PersonaId is null))
        {
            return "whole journey";
        }

        var parts = new List<string>();
        if (scope.TouchpointId is { } t)
        {
            parts.Add("touchpoint " + TouchpointName(t));
        }
        else if (scope.StageId is { } s)
        {
            parts.Add("stage " + StageName(s));
        }

        if (scope.PersonaId is { } p)
        {
            parts.Add("persona " + PersonaName(p));
        }

        return string.Join(", ", parts);
    }

    /// <summary>Why a play fired, in words: "NPS of Delivery is −12 (rule: below 0)".</summary>
    public string ConditionText(PlayCondition when, double value)
    {
        var metric = when.Metric switch
        {
            PlayMetric.Nps => "NPS",
            PlayMetric.Csat => "CSAT",
            PlayMetric.Ces => "CES",
            PlayMetric.Emotion => "emotion",
            PlayMetric.TouchpointScore => "touchpoint score",
            PlayMetric.StageScore => "stage score",
            PlayMetric.JourneyScore => "journey score",
            PlayMetric.KpiAttainment => "attainment",
            PlayMetric.OpportunityScore => "opportunity",
            _ => when.Metric.ToString(),
        };
        var target = when.TargetId is not { } id ? null : when.Metric switch
        {
            PlayMetric.KpiAttainment => Kpi(id)?.Name ?? id,
            PlayMetric.OpportunityScore => Outcome(id)?.Statement ?? id,
            _ => _touchpoints.ContainsKey(id) ? TouchpointName(id) : StageName(id),
        };
        var op = when.Op switch
        {
            ComparisonOperator.Lt => "below",
            ComparisonOperator.Le => "at most",
            ComparisonOperator.Gt => "above",
            ComparisonOperator.Ge => "at least",
            ComparisonOperator.Eq => "equal to",
            _ => "not equal to",
        };
        var shown = when.Metric == PlayMetric.KpiAttainment ? ReportText.Percent(value) : ReportText.Number(value, 2);
        // A rule's value may be any finite number; as a percentage one beyond ±1.8e306 would be infinite (found by MapFuzzProperties).
        var limit = when.Metric == PlayMetric.KpiAttainment && double.IsFinite(when.Value * 100) ? ReportText.Percent(when.Value) : ReportText.Number(when.Value, 2);
        return $"{metric}{(target is null ? string.Empty : " of " + target)} is {shown} (rule: {op} {limit})";
    }
}
