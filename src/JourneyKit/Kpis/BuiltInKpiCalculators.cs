namespace JourneyKit.Kpis;

/// <summary>The calculators every scorer knows: <c>latest</c>, <c>mean</c>, <c>nps</c>, <c>csat</c>, <c>ces</c>, <c>leadTime</c>, <c>pce</c>.</summary>
public static class BuiltInKpiCalculators
{
    /// <summary>One instance of each built-in calculator (they are stateless).</summary>
    public static IReadOnlyList<IKpiCalculator> All { get; } =
    [
        new LatestKpiCalculator(),
        new MeanKpiCalculator(),
        new NpsKpiCalculator(),
        new CsatKpiCalculator(),
        new CesKpiCalculator(),
        new LeadTimeKpiCalculator(),
        new PceKpiCalculator(),
    ];

    /// <summary>The built-in keys.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(c => c.Key)];
}
