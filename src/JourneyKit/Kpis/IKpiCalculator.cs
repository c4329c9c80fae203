namespace JourneyKit.Kpis;

/// <summary>
/// Computes the current value of a KPI. A map names its calculator by <see cref="Key"/> in a KPI's
/// <c>calculator</c> field; the built-in keys are listed in <see cref="BuiltInKpiCalculators"/>.
/// Register custom ones with <c>services.AddJourneyKit().AddKpiCalculator&lt;T&gt;()</c> or pass
/// them to the <c>JourneyScorer</c> constructor. See docs/extending.md.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe: one instance serves every map.</remarks>
public interface IKpiCalculator
{
    /// <summary>The key maps use in a KPI's <c>calculator</c> field, e.g. <c>"churnRate"</c>; compared ordinally (case-sensitive).</summary>
    string Key { get; }

    /// <summary>Computes the KPI's current value.</summary>
    /// <param name="context">The map, the KPI and the scoring options.</param>
    /// <returns>The value, a finite number; <see langword="null"/> when there is nothing to compute it from.</returns>
    double? Calculate(KpiContext context);
}
