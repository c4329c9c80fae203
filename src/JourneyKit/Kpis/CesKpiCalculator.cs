using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"ces"</c>: the CES mean of every answer given at the touchpoints in scope (see <see cref="KpiContext.TouchpointsInScope"/>).</summary>
public sealed class CesKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"ces"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Ces;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SurveyMerge.Ces(context.Index, context.ScopeIndices)?.Mean;
    }
}
