namespace JourneyKit.Metrics;

/// <summary>
/// The result of a two-sample significance test between a "before" and an "after" survey figure.
/// </summary>
/// <param name="Difference">After minus before, in the figure's own units (NPS points, CSAT points, CES rating points).</param>
/// <param name="StandardError">The standard error of <paramref name="Difference"/>, in the same units; always &gt; 0.</param>
/// <param name="Statistic">The test statistic, <paramref name="Difference"/> / <paramref name="StandardError"/> (z, or t for CES); its sign is the difference's.</param>
/// <param name="CriticalValue">The |statistic| at or above which the difference is significant: z for NPS and CSAT, the Student t quantile for CES.</param>
/// <param name="PValue">The two-sided p-value: the chance of a |statistic| at least this large if nothing changed.</param>
/// <param name="Significant">Whether |<paramref name="Statistic"/>| ≥ <paramref name="CriticalValue"/>.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom of a t-test; <see langword="null"/> for z-tests.</param>
/// <remarks>
/// Whether a difference is better or worse depends on the figure (a lower CES is better); the test only
/// reports its sign and size. See <see cref="SurveyComparison"/> for the tests and when they are absent.
/// </remarks>
public sealed record SignificanceTest(
    double Difference,
    double StandardError,
    double Statistic,
    double CriticalValue,
    double PValue,
    bool Significant,
    double? DegreesOfFreedom = null);
