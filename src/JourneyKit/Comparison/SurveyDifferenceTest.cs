using JourneyKit.Metrics;

namespace JourneyKit.Comparison;

/// <summary>
/// Tests whether the difference between two samples of survey answers is real at 95 %: NPS by the
/// difference over its standard error, CSAT by the pooled two-proportion z-test, CES by Welch's
/// t-test with Welch–Satterthwaite degrees of freedom.
/// </summary>
/// <remarks>
/// The samples are taken to be independent (different respondents, or the same population asked
/// again at another time) and each answer independent of the others. Where a test is impossible —
/// both samples without spread, or a CES sample of one answer — the difference is reported with no
/// statistic and as not significant: the data cannot tell.
/// </remarks>
/// <threadsafety>The class is stateless and safe to use from several threads at once.</threadsafety>
public static class SurveyDifferenceTest
{
    /// <summary>The two-sided significance level of every test: 5 %.</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Compares two NPS samples: z = (NPS₂ − NPS₁) / √(SE₁² + SE₂²), significant when |z| ≥ <see cref="SurveyStatistics.Z95"/>.
    /// </summary>
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
        var se1 = before.StandardError!.Value;
        var se2 = after.StandardError!.Value;
        return ZTest(b, a, Math.Sqrt((se1 * se1) + (se2 * se2)));
    }

    /// <summary>
    /// Compares two CSAT samples by the pooled two-proportion z-test: with p̂ = (x₁ + x₂)/(n₁ + n₂) the share
    /// of 4s and 5s over both samples, z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), significant when |z| ≥ <see cref="SurveyStatistics.Z95"/>.
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
        var n1 = (double)before.N;
        var n2 = (double)after.N;
        var pooled = ((double)before.Satisfied + after.Satisfied) / (n1 + n2);
        var se = 100 * Math.Sqrt(pooled * (1 - pooled) * ((1 / n1) + (1 / n2)));
        return ZTest(b, a, se);
    }

    /// <summary>
    /// Compares two CES samples by Welch's t-test: t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂) with the
    /// Welch–Satterthwaite degrees of freedom ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)),
    /// significant when the two-sided p-value of t with ν degrees of freedom is at most 5 %.
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
        var difference = a - b;
        if (before.StandardDeviation is not { } s1 || after.StandardDeviation is not { } s2)
        {
            return new SurveyDifference(b, a, difference, null, null, null, false);
        }

        var q1 = s1 * s1 / before.N;
        var q2 = s2 * s2 / after.N;
        var se = Math.Sqrt(q1 + q2);
        if (se == 0)
        {
            return new SurveyDifference(b, a, difference, 0, null, null, false);
        }

        var t = difference / se;
        var df = (q1 + q2) * (q1 + q2) / ((q1 * q1 / (before.N - 1)) + (q2 * q2 / (after.N - 1)));
        var significant = StudentT.TwoSidedPValue(t, df) <= Alpha;
        return new SurveyDifference(b, a, difference, se, t, df, significant);
    }

    private static SurveyDifference ZTest(double before, double after, double standardError)
    {
        var difference = after - before;
        if (standardError == 0)
        {
            return new SurveyDifference(before, after, difference, 0, null, null, false);
        }

        var z = difference / standardError;
        return new SurveyDifference(before, after, difference, standardError, z, null, Math.Abs(z) >= SurveyStatistics.Z95);
    }

    private static ArgumentException Empty(string paramName, string figure) =>
        new($"The sample has no answers, so it has no {figure}; compare only samples with at least one answer.", paramName);
}
