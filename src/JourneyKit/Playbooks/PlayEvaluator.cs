using JourneyKit.Model;

namespace JourneyKit.Playbooks;

/// <summary>
/// Fires playbook plays: a play fires when its condition <c>metric(targetId) op value</c> holds on
/// the <see cref="PlayFacts"/> the caller filled. A play whose metric has no fact (an unknown
/// target, a touchpoint without answers, a KPI without attainment) does not fire.
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

    /// <summary>Fires the plays whose condition holds on the facts.</summary>
    /// <param name="playbooks">The playbooks, in file order (a map's <see cref="JourneyMap.Playbooks"/>).</param>
    /// <param name="facts">The figures to judge them on.</param>
    /// <returns>The fired plays, lowest <see cref="Play.Priority"/> first, plays without a priority last, ties in file order (playbook, then play).</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<FiredPlay> Evaluate(IReadOnlyList<Playbook> playbooks, PlayFacts facts)
    {
        ArgumentNullException.ThrowIfNull(playbooks);
        ArgumentNullException.ThrowIfNull(facts);
        var fired = new List<FiredPlay>();
        foreach (var playbook in playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                if (play.When is { } when && facts.TryGetValue(when.Metric, when.TargetId, out var value) && Holds(value, when.Op, when.Value))
                {
                    fired.Add(new FiredPlay { PlaybookId = playbook.Id, PlayId = play.Id, Priority = play.Priority, Value = value });
                }
            }
        }

        // A stable sort: OrderBy keeps file order among equal priorities.
        return [.. fired.OrderBy(static p => p.Priority ?? int.MaxValue).ThenBy(static p => p.Priority is null ? 1 : 0)];
    }
}
