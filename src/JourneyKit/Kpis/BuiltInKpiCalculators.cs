using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>The calculators every scorer knows: <c>latest</c>, <c>mean</c>, <c>nps</c>, <c>csat</c>, <c>ces</c>, <c>leadTime</c>, <c>pce</c>.</summary>
public static class BuiltInKpiCalculators
{
    /// <summary>One instance of each built-in calculator (they are stateless), in the order of <see cref="Keys"/>.</summary>
    public static IReadOnlyList<IKpiCalculator> All { get; } = [.. KpiCalculatorKeys.All.Select(Create)];

    /// <summary>The built-in keys.</summary>
    public static IReadOnlyList<string> Keys { get; } = KpiCalculatorKeys.All;

    // The key list lives in the model (the validator and DI read it too); this maps each key to its calculator.
    private static IKpiCalculator Create(string key)
    {
        IKpiCalculator calculator = key switch
        {
            KpiCalculatorKeys.Latest => new LatestKpiCalculator(),
            KpiCalculatorKeys.Mean => new MeanKpiCalculator(),
            KpiCalculatorKeys.Nps => new NpsKpiCalculator(),
            KpiCalculatorKeys.Csat => new CsatKpiCalculator(),
            KpiCalculatorKeys.Ces => new CesKpiCalculator(),
            KpiCalculatorKeys.LeadTime => new LeadTimeKpiCalculator(),
            KpiCalculatorKeys.Pce => new PceKpiCalculator(),
            _ => throw new InvalidOperationException($"The built-in calculator key '{key}' has no calculator."),
        };
        return calculator.Key == key
            ? calculator
            : throw new InvalidOperationException($"The calculator for '{key}' answers to '{calculator.Key}'.");
    }
}
