using JourneyKit.Model;
using JourneyKit.Playbooks;

namespace JourneyKit.Analytics;

/// <summary>
/// The facts an analytics report gives plays: <c>conversion</c> (a stage's conversionFromPrevious,
/// 0 to 1) and <c>reach</c> (a stage's reach), whole-journey figures. A null figure (the first funnel
/// stage's conversion, a stage outside the funnel) is no fact, so its play does not fire; every other
/// metric is left to <c>score</c>.
/// </summary>
internal static class AnalyticsPlayFacts
{
    public static IReadOnlyList<FiredPlay> Fire(IReadOnlyList<Playbook> playbooks, JourneyAnalyticsReport report)
    {
        var facts = new PlayFacts();
        foreach (var stage in report.Stages)
        {
            facts.Set(PlayMetric.Reach, stage.StageId, stage.Reach);
            if (stage.ConversionFromPrevious is { } conversion)
            {
                facts.Set(PlayMetric.Conversion, stage.StageId, conversion);
            }
        }

        return PlayEvaluator.Evaluate(playbooks, facts);
    }
}
