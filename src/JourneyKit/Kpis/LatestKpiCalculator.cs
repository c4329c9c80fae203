using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"latest"</c>: the newest measurement (by instant; the larger value on a tie in time).</summary>
public sealed class LatestKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"latest"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Latest;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.MeasurementsInTimeOrder;
        return m.Count == 0 ? null : m[^1].Value;
    }
}
