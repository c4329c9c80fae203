using JourneyKit.Metrics;

namespace JourneyKit.Comparison;

/// <summary>
/// Tests whether the difference between two samples of survey answers is real at 95 %, through
/// <see cref="SurveyComparison"/>: NPS by the difference over √(SE₁² + SE₂²), CSAT by the pooled
/// two-proportion z-test, CES by Welch's t-test with Welch–Satterthwaite degrees of freedom.
/// </summary>
/// <remarks>
/// Where <see cref="SurveyComparison"/> has no test — both samples without spread, or a CES sample of
/// one answer — the difference is still reported, with no statistic and as not significant: the data
/// cannot tell. The samples are taken to be independent (different respondents, or the same population
/// asked again at another time).
/// </remarks>
/// <threadsafety>The class is stateless and safe to use from several threads at once.</threadsafety>
public static class SurveyDifferenceTest
{
    /// <summary>Compares two NPS samples: z = (NPS₂ − NPS₁) / √(SE₁² + SE₂²), significant when |z| ≥ <see cref="SurveyStatistics.Z95"/>.</summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <returns>The difference and its test.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a sample is empty: an empty tally has no NPS.</exception>
    public static SurveyDifference Nps(NpsTally before, NpsTally after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var b = before.Score ?? throw Empty(nameof(before), "NPS");
        var a = after.Score ?? throw Empty(nameof(after), "NPS");

        // SurveyComparison has no test only when both standard errors are 0.
        return From(b, a, SurveyComparison.Nps(before, after), standardErrorWithoutTest: 0);
    }

    /// <summary>
    /// Compares two CSAT samples by the pooled two-proportion z-test: with p̂ = (x₁ + x₂)/(n₁ + n₂) the share of
    /// 4s and 5s over both samples, z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), significant when |z| ≥ <see cref="SurveyStatistics.Z95"/>.
    /// </summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <returns>The difference in CSAT points and its test; the standard error is the pooled one, ×100.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a sample is empty: an empty tally has no CSAT.</exception>
    public static SurveyDifference Csat(CsatTally before, CsatTally after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var b = before.Score ?? throw Empty(nameof(before), "CSAT");
        var a = after.Score ?? throw Empty(nameof(after), "CSAT");

        // SurveyComparison has no test only when the pooled share is 0 or 1: a pooled standard error of 0.
        return From(b, a, SurveyComparison.Csat(before, after), standardErrorWithoutTest: 0);
    }

    /// <summary>
    /// Compares two CES samples by Welch's t-test: t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂), compared with Student's t
    /// with the Welch–Satterthwaite degrees of freedom; significant when the two-sided p-value is at most 5 %.
    /// </summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <returns>The difference of the means and its test. Lower CES is better, so a negative difference is an improvement.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a sample is empty: an empty tally has no CES.</exception>
    public static SurveyDifference Ces(CesTally before, CesTally after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var b = before.Mean ?? throw Empty(nameof(before), "CES");
        var a = after.Mean ?? throw Empty(nameof(after), "CES");

        // No test: a side of one answer has no sample variance (no standard error), else both variances are 0.
        double? standardError = before.StandardDeviation is null || after.StandardDeviation is null ? null : 0;
        return From(b, a, SurveyComparison.Ces(before, after), standardError);
    }

    private static SurveyDifference From(double before, double after, SignificanceTest? test, double? standardErrorWithoutTest) =>
        test is null
            ? new SurveyDifference(before, after, after - before, standardErrorWithoutTest, null, null, null, false)
            : new SurveyDifference(before, after, test.Difference, test.StandardError, test.Statistic, test.DegreesOfFreedom, test.PValue, test.Significant);

    private static ArgumentException Empty(string paramName, string figure) =>
        new($"The sample has no answers, so it has no {figure}; compare only samples with at least one answer.", paramName);
}
