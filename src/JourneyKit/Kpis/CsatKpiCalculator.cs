using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"csat"</c>: the CSAT of every answer given at the touchpoints in scope (see <see cref="KpiContext.TouchpointsInScope"/>).</summary>
public sealed class CsatKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"csat"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Csat;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SurveyMerge.Csat(context.Index, context.ScopeIndices)?.Score;
    }
}
