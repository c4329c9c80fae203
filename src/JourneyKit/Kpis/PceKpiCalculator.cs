using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"pce"</c>: the process cycle efficiency, 0..1, of the touchpoints in scope (see <see cref="KpiContext.TouchpointsInScope"/>).</summary>
public sealed class PceKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"pce"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Pce;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueStreamAnalyzer.Analyze(context.TouchpointsInScope).ProcessCycleEfficiency;
    }
}
