using JourneyKit.Kpis;
using JourneyKit.Metrics;

namespace JourneyKit.Scoring;

/// <summary>
/// The thresholds of journey scoring: when a touchpoint is a pain point or a moment of delight,
/// when an outcome is underserved, when a KPI trend counts as flat, and the z of the 95 % intervals.
/// </summary>
/// <remarks>
/// The defaults are the design's; docs/scoring.md explains each formula. Instances are plain
/// settable objects so the options pattern can bind them; <see cref="JourneyScorer"/> copies them
/// when it is created, so changing an instance later does not change a scorer already built.
/// Call <see cref="Validate"/> to get every problem at once.
/// </remarks>
public sealed class ScoringOptions
{
    /// <summary>A touchpoint is a pain point for a persona (<c>lowEmotion</c>) when the persona's emotion is at most this.</summary>
    /// <value>The default value is −1. Allowed range: −3 to 3.</value>
    public double PainEmotionThreshold { get; set; } = -1;

    /// <summary>A touchpoint is a pain point for a persona (<c>emotionDrop</c>) when the emotion falls by at least this from the persona's previous touchpoint that has an emotion.</summary>
    /// <value>The default value is 2. Allowed range: greater than 0, at most 6.</value>
    public double EmotionDropThreshold { get; set; } = 2;

    /// <summary>A touchpoint is a pain point (<c>highEffort</c>) when its CES mean is at least this.</summary>
    /// <value>The default value is 5. Allowed range: 1 to 7.</value>
    public double HighEffortThreshold { get; set; } = 5;

    /// <summary>A touchpoint is a pain point (<c>lowSatisfaction</c>) when its CSAT is below this.</summary>
    /// <value>The default value is 50. Allowed range: 0 to 100.</value>
    public double LowSatisfactionThreshold { get; set; } = 50;

    /// <summary>A touchpoint is a pain point (<c>detractorHeavy</c>) when its NPS is below this.</summary>
    /// <value>The default value is 0. Allowed range: −100 to 100.</value>
    public double DetractorHeavyThreshold { get; set; }

    /// <summary>A touchpoint is a moment of delight for a persona (<c>highEmotion</c>) when the persona's emotion is at least this.</summary>
    /// <value>The default value is 2. Allowed range: −3 to 3.</value>
    public double HighEmotionThreshold { get; set; } = 2;

    /// <summary>A touchpoint is a moment of delight (<c>promoterHeavy</c>) when its NPS is at least this.</summary>
    /// <value>The default value is 50. Allowed range: −100 to 100.</value>
    public double PromoterHeavyThreshold { get; set; } = 50;

    /// <summary>An outcome is <c>underserved</c> when its opportunity score is at least this.</summary>
    /// <value>The default value is 10. Allowed range: 0 to 20.</value>
    public double UnderservedThreshold { get; set; } = 10;

    /// <summary>A KPI trend is <c>flat</c> when the absolute slope per day is below this.</summary>
    /// <value>The default value is 1e-9. Allowed range: 0 or more, finite.</value>
    public double TrendFlatEpsilon { get; set; } = KpiContext.DefaultTrendFlatEpsilon;

    /// <summary>The z of the survey intervals.</summary>
    /// <value>The default value is 1.959964 (95 %). Allowed range: greater than 0, finite.</value>
    public double Z { get; set; } = DefaultZ;

    /// <summary>
    /// Whether <see cref="JourneyScorer.Score"/> validates the map first and throws
    /// <see cref="Validation.InvalidJourneyMapException"/> (carrying the validation report) when it is
    /// invalid, rather than computing figures outside their ranges. The renderer and the comparer score
    /// through a scorer, so this one switch applies to them too. Set it to <see langword="false"/> only
    /// for maps already validated (the command line validates each map once, when it reads it):
    /// docs/performance.md gives what the check costs.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ValidateMap { get; set; } = true;

    /// <summary>The z of a two-sided 95 % interval: 1.959964.</summary>
    public const double DefaultZ = SurveyStatistics.Z95;

    /// <summary>Checks every threshold against its allowed range.</summary>
    /// <returns>One sentence per problem (which option, what it is, what is allowed); empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        CheckRange(problems, nameof(PainEmotionThreshold), PainEmotionThreshold, -3, 3);
        CheckRange(problems, nameof(EmotionDropThreshold), EmotionDropThreshold, 0, 6, lowExclusive: true);
        CheckRange(problems, nameof(HighEffortThreshold), HighEffortThreshold, 1, 7);
        CheckRange(problems, nameof(LowSatisfactionThreshold), LowSatisfactionThreshold, 0, 100);
        CheckRange(problems, nameof(DetractorHeavyThreshold), DetractorHeavyThreshold, -100, 100);
        CheckRange(problems, nameof(HighEmotionThreshold), HighEmotionThreshold, -3, 3);
        CheckRange(problems, nameof(PromoterHeavyThreshold), PromoterHeavyThreshold, -100, 100);
        CheckRange(problems, nameof(UnderservedThreshold), UnderservedThreshold, 0, 20);
        CheckRange(problems, nameof(TrendFlatEpsilon), TrendFlatEpsilon, 0, double.MaxValue);
        CheckRange(problems, nameof(Z), Z, 0, double.MaxValue, lowExclusive: true);
        return problems;
    }

    /// <summary>Makes an independent copy, so later changes to this instance do not reach the copy.</summary>
    /// <returns>The copy.</returns>
    public ScoringOptions Clone() => (ScoringOptions)MemberwiseClone();

    /// <summary>Throws when the options are invalid.</summary>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentException">Thrown with every problem listed when <see cref="Validate"/> finds any.</exception>
    internal void ThrowIfInvalid(string paramName)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid scoring options: " + string.Join(" ", problems), paramName);
        }
    }

    private static void CheckRange(List<string> problems, string name, double value, double low, double high, bool lowExclusive = false)
    {
        var ok = !double.IsNaN(value) && !double.IsInfinity(value)
            && (lowExclusive ? value > low : value >= low) && value <= high;
        if (ok)
        {
            return;
        }

        var lowText = lowExclusive ? $"greater than {Format(low)}" : $"at least {Format(low)}";
        var allowed = high == double.MaxValue
            ? $"a finite number {lowText}"
            : lowExclusive
                ? $"{lowText} and at most {Format(high)}"
                : $"between {Format(low)} and {Format(high)}";
        problems.Add($"'Scoring.{name}' must be {allowed}. You entered {Format(value)}.");
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
