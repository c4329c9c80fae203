using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"leadTime"</c>: the value-stream lead time, in minutes, of the touchpoints in scope (see <see cref="KpiContext.TouchpointsInScope"/>).</summary>
public sealed class LeadTimeKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"leadTime"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.LeadTime;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueStreamAnalyzer.Analyze(context.TouchpointsInScope).LeadTimeMinutes;
    }
}
