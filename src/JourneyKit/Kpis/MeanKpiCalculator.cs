using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"mean"</c>: the mean of the measurements.</summary>
public sealed class MeanKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"mean"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Mean;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Summed in time order so the result never depends on the file's order.
        var ordered = context.MeasurementsInTimeOrder;
        if (ordered.Count == 0)
        {
            return null;
        }

        var sum = 0.0;
        for (var i = 0; i < ordered.Count; i++)
        {
            sum += ordered[i].Value;
        }

        return sum / ordered.Count;
    }
}
