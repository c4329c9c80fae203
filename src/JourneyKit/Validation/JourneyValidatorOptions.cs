using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>Settings of <see cref="JourneyValidator"/>.</summary>
/// <remarks>The validator copies the settings when it is created; changing them afterwards does not affect it.</remarks>
public sealed class JourneyValidatorOptions
{
    /// <summary>The keys of the built-in KPI calculators: <c>latest</c>, <c>mean</c>, <c>nps</c>, <c>csat</c>, <c>ces</c>, <c>leadTime</c>, <c>pce</c>.</summary>
    public static IReadOnlyList<string> BuiltInCalculatorKeys { get; } = KpiCalculatorKeys.All;

    /// <summary>The KPI calculator keys a map may name in <c>kpis[].calculator</c> (compared case-sensitively).</summary>
    /// <value>The default value is <see cref="BuiltInCalculatorKeys"/>. Add the keys of custom <c>IKpiCalculator</c>s here.</value>
    public ICollection<string> KnownCalculatorKeys { get; set; } = [.. BuiltInCalculatorKeys];

    /// <summary>The longest id allowed, in UTF-16 code units.</summary>
    /// <value>The default value is 200.</value>
    public int MaxIdLength { get; set; } = 200;

    /// <summary>The longest name, title or outcome statement allowed, in UTF-16 code units.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxNameLength { get; set; } = 1_000;

    /// <summary>The longest free text allowed (descriptions, goals, enablers, actions …), in UTF-16 code units.</summary>
    /// <value>The default value is 10,000.</value>
    public int MaxTextLength { get; set; } = 10_000;
}
