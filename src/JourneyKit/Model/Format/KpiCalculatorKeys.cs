namespace JourneyKit.Model;

/// <summary>
/// The keys of the built-in KPI calculators, written once: the calculators take their
/// <c>CalculatorKey</c> from here, <c>BuiltInKpiCalculators</c> and the DI registration follow this
/// list and its order, and the validator knows exactly these keys by default.
/// </summary>
internal static class KpiCalculatorKeys
{
    /// <summary>The newest measurement.</summary>
    public const string Latest = "latest";

    /// <summary>The mean of the measurements.</summary>
    public const string Mean = "mean";

    /// <summary>The NPS of the touchpoints in scope.</summary>
    public const string Nps = "nps";

    /// <summary>The CSAT of the touchpoints in scope.</summary>
    public const string Csat = "csat";

    /// <summary>The CES of the touchpoints in scope.</summary>
    public const string Ces = "ces";

    /// <summary>The value-stream lead time of the touchpoints in scope.</summary>
    public const string LeadTime = "leadTime";

    /// <summary>The process cycle efficiency of the touchpoints in scope.</summary>
    public const string Pce = "pce";

    /// <summary>Every built-in key, in the design's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Latest, Mean, Nps, Csat, Ces, LeadTime, Pce];
}
