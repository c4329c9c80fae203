using System.Globalization;

namespace JourneyKit.Model;

/// <summary>
/// The values a number field of the format allows; every bound is optional. The named ranges are
/// the format's, written once: <see cref="FormatFacts"/> assigns them to fields, and the schema, the
/// reader's messages and the validators read them from there.
/// </summary>
/// <param name="Min">The lower bound, if any.</param>
/// <param name="Max">The upper bound, if any (always inclusive).</param>
/// <param name="MinExclusive">Whether the lower bound itself is excluded.</param>
internal sealed record NumberRange(double? Min = null, double? Max = null, bool MinExclusive = false)
{
    /// <summary>Any finite number.</summary>
    public static NumberRange Finite { get; } = new();

    /// <summary>0 or more.</summary>
    public static NumberRange NonNegative { get; } = new(Min: 0);

    /// <summary>More than 0.</summary>
    public static NumberRange Positive { get; } = new(Min: 0, MinExclusive: true);

    /// <summary>0 to 1: a share or a confidence.</summary>
    public static NumberRange Share { get; } = new(0, 1);

    /// <summary>−3 to 3: an emotion.</summary>
    public static NumberRange Emotion { get; } = new(-3, 3);

    /// <summary>0 to 10: an outcome's importance or satisfaction.</summary>
    public static NumberRange OutcomeScale { get; } = new(0, 10);

    /// <summary>0 to 100: a competitor's stage score.</summary>
    public static NumberRange Percent { get; } = new(0, 100);

    /// <summary>0 to <see cref="FormatFacts.MaxMagnitude"/>: minutes, a persona's weight, an opportunity's reach and impact.</summary>
    public static NumberRange Amount { get; } = new(0, FormatFacts.MaxMagnitude);

    /// <summary>−<see cref="FormatFacts.MaxMagnitude"/> to <see cref="FormatFacts.MaxMagnitude"/>: a KPI's baseline, target and measured values.</summary>
    public static NumberRange KpiValue { get; } = new(-FormatFacts.MaxMagnitude, FormatFacts.MaxMagnitude);

    /// <summary><see cref="FormatFacts.MinEffort"/> to <see cref="FormatFacts.MaxMagnitude"/>: an opportunity's effort.</summary>
    public static NumberRange Effort { get; } = new(FormatFacts.MinEffort, FormatFacts.MaxMagnitude);

    public bool Contains(double value) =>
        (Min is not { } min || (MinExclusive ? value > min : value >= min))
        && (Max is not { } max || value <= max);

    /// <summary>The allowed values in FluentValidation's words: "between -3 and 3", "greater than 0".</summary>
    public string Describe() => (Min, Max) switch
    {
        ({ } min, { } max) => $"between {Format(min)} and {Format(max)}",
        ({ } min, null) when MinExclusive => $"greater than {Format(min)}",
        ({ } min, null) => $"greater than or equal to {Format(min)}",
        (null, { } max) => $"less than or equal to {Format(max)}",
        _ => "a finite number",
    };

    // Plain digits, never an exponent: "1000000000000000", "0.001".
    private static string Format(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
