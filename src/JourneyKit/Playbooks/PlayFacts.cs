using JourneyKit.Model;

namespace JourneyKit.Playbooks;

/// <summary>
/// The figures plays are judged on: a value per metric and target (<c>nps</c> of touchpoint
/// <c>t3</c>, <c>journeyScore</c> of no target). Whoever computes figures fills it — the scorer
/// from a score report today, analytics and monitoring from theirs — and
/// <see cref="PlayEvaluator"/> fires the plays whose condition holds on it. A play whose metric
/// and target have no fact does not fire.
/// </summary>
/// <example><code>
/// var facts = new PlayFacts();
/// facts.Set(PlayMetric.Nps, "checkout", -12);
/// var fired = PlayEvaluator.Evaluate(map.Playbooks, facts);
/// </code></example>
public sealed class PlayFacts
{
    private readonly Dictionary<(PlayMetric Metric, string? TargetId), double> _values = [];

    /// <summary>The number of facts.</summary>
    public int Count => _values.Count;

    /// <summary>Sets the value of a metric for a target, replacing an earlier one.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="targetId">The target's id (compared ordinally), or <see langword="null"/> for a metric of the whole journey such as <c>journeyScore</c>.</param>
    /// <param name="value">The value, a finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is NaN or infinite.</exception>
    public void Set(PlayMetric metric, string? targetId, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fact should be a finite number.");
        }

        _values[(metric, targetId)] = value;
    }

    /// <summary>Looks a fact up.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="targetId">The target's id, or <see langword="null"/>.</param>
    /// <param name="value">The value when there is one.</param>
    /// <returns><see langword="true"/> when the fact is known.</returns>
    public bool TryGetValue(PlayMetric metric, string? targetId, out double value) => _values.TryGetValue((metric, targetId), out value);
}
