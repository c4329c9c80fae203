using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>
/// Finds each KPI's calculator by key, computes the current value, and derives attainment,
/// status and trend (docs/scoring.md, "KPI attainment").
/// </summary>
/// <threadsafety>Instances are immutable and safe to use from several threads at once, provided the calculators are.</threadsafety>
public sealed class KpiEvaluator
{
    private readonly Dictionary<string, IKpiCalculator> _calculators = new(StringComparer.Ordinal);

    /// <summary>Creates an evaluator that knows the built-in calculators and the given ones.</summary>
    /// <param name="calculators">Custom calculators; the built-in ones are always included, and the same calculator type given twice counts once.</param>
    /// <exception cref="ArgumentException">Thrown when a calculator's key is empty.</exception>
    /// <exception cref="InvalidOperationException">Thrown when two calculators of different types share a key.</exception>
    public KpiEvaluator(IEnumerable<IKpiCalculator>? calculators = null)
    {
        foreach (var calculator in BuiltInKpiCalculators.All.Concat(calculators ?? []))
        {
            ArgumentNullException.ThrowIfNull(calculator, nameof(calculators));
            var key = calculator.Key;
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException($"The KPI calculator {calculator.GetType().FullName} has an empty key; a key is the name maps use in a KPI's 'calculator' field.", nameof(calculators));
            }

            if (_calculators.TryGetValue(key, out var existing))
            {
                if (existing.GetType() == calculator.GetType())
                {
                    continue;
                }

                throw new InvalidOperationException(
                    $"Two KPI calculators have the key '{key}': {existing.GetType().FullName} and {calculator.GetType().FullName}; each key must name one calculator.");
            }

            _calculators.Add(key, calculator);
        }

        Keys = [.. _calculators.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every key this evaluator knows, sorted ordinally; pass them to the validator so that it reports unknown keys.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Whether a calculator has the key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when the key is registered.</returns>
    public bool IsKnown(string key) => key is not null && _calculators.ContainsKey(key);

    /// <summary>Computes the KPI's current value with the calculator its <see cref="Kpi.Calculator"/> names.</summary>
    /// <param name="context">The map, the KPI and the options.</param>
    /// <returns>The value, or <see langword="null"/> when the calculator has none.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when no calculator has the key, or the calculator returns NaN or an infinity.</exception>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Kpi.Calculator;
        if (!_calculators.TryGetValue(key, out var calculator))
        {
            throw new InvalidOperationException(
                $"{context.Path}.calculator: no KPI calculator has the key '{key}'; registered keys: {string.Join(", ", Keys)}. "
                + "Register it with AddKpiCalculator<T>() (or pass it to JourneyScorer), or validate the map before scoring it.");
        }

        var value = calculator.Calculate(context);
        if (value is { } v && !double.IsFinite(v))
        {
            throw new InvalidOperationException(
                $"{context.Path}: the KPI calculator '{key}' ({calculator.GetType().FullName}) returned {v}; a KPI value must be a finite number or null.");
        }

        return value;
    }

    /// <summary>Evaluates a KPI: value, target, attainment, status, slope per day and trend.</summary>
    /// <param name="context">The map, the KPI and the options.</param>
    /// <returns>The KPI's row of the score report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when no calculator has the KPI's key, or the calculator returns NaN or an infinity.</exception>
    public KpiResult Evaluate(KpiContext context)
    {
        var value = Calculate(context);
        var kpi = context.Kpi;
        double? attainment = value is { } current && kpi.Target is { } target
            ? KpiAttainment.Of(current, kpi.Baseline, target, kpi.Direction)
            : null;
        var slope = KpiAttainment.SlopePerDayOfOrdered(context.MeasurementsInTimeOrder);
        return new KpiResult
        {
            KpiId = kpi.Id,
            Value = value,
            Target = kpi.Target,
            Attainment = attainment,
            Status = KpiAttainment.Status(attainment),
            SlopePerDay = slope,
            Trend = KpiAttainment.Trend(slope, kpi.Direction, context.TrendFlatEpsilon),
        };
    }
}
