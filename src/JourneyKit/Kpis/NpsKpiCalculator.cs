using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The built-in calculator <c>"nps"</c>: the NPS of every answer given at the touchpoints in scope (see <see cref="KpiContext.TouchpointsInScope"/>).</summary>
public sealed class NpsKpiCalculator : IKpiCalculator
{
    /// <summary>The key: <c>"nps"</c>.</summary>
    public const string CalculatorKey = KpiCalculatorKeys.Nps;

    /// <inheritdoc/>
    public string Key => CalculatorKey;

    /// <inheritdoc/>
    public double? Calculate(KpiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SurveyMerge.Nps(context.Index, context.ScopeIndices)?.Score;
    }
}
