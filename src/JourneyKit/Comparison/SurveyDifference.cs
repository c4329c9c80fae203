namespace JourneyKit.Comparison;

/// <summary>
/// The change in a survey figure between two samples and the 95 % test of whether it is real:
/// the result of <see cref="SurveyDifferenceTest"/>.
/// </summary>
/// <param name="Before">The figure of the first sample (NPS −100..100, CSAT 0..100, CES mean 1..7).</param>
/// <param name="After">The figure of the second sample.</param>
/// <param name="Difference"><paramref name="After"/> − <paramref name="Before"/>, in the figure's own units (points for NPS and CSAT).</param>
/// <param name="StandardError">The standard error of the difference the test uses, in the same units; 0 when neither sample has any spread;
/// <see langword="null"/> when it cannot be estimated (a CES sample of one answer).</param>
/// <param name="Statistic">The test statistic (z for NPS and CSAT, Welch's t for CES); <see langword="null"/> when the standard error is absent or 0, where no test is possible.</param>
/// <param name="DegreesOfFreedom">For CES, the Welch–Satterthwaite degrees of freedom of <paramref name="Statistic"/>; <see langword="null"/> for the z-tests and when there is no statistic.</param>
/// <param name="PValue">The two-sided p-value of <paramref name="Statistic"/>; <see langword="null"/> when there is no statistic.</param>
/// <param name="Significant">Whether the difference is significant at the two-sided 5 % level; <see langword="false"/> when there is no statistic.</param>
public sealed record SurveyDifference(
    double Before,
    double After,
    double Difference,
    double? StandardError,
    double? Statistic,
    double? DegreesOfFreedom,
    double? PValue,
    bool Significant);
