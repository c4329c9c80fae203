namespace JourneyKit.Metrics;

/// <summary>
/// Significance tests for the change in a survey figure between two independent samples ("before" and "after"),
/// as the design's comparison of two maps uses them.
/// </summary>
/// <remarks>
/// <para>
/// Every test returns <see langword="null"/> ("absent") rather than a result when it is undefined: when either
/// tally is empty, or when the standard error of the difference is 0 (every answer on both sides is alike, so
/// there is no spread to test against). The cases of each test are listed on its method.
/// </para>
/// <para>The samples must be independent: different respondents before and after.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class SurveyComparison
{
    /// <summary>
    /// Tests the change in NPS: significant when |NPS₂ − NPS₁| / √(SE₁² + SE₂²) ≥ z.
    /// </summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <param name="z">The critical value. The default is <see cref="SurveyStatistics.Z95"/> (two-sided 5 %).</param>
    /// <returns>
    /// The test (difference in NPS points), or <see langword="null"/> when either tally is empty or both standard
    /// errors are 0 (each side all promoters, all passives or all detractors).
    /// </returns>
    /// <remarks>
    /// A z-test on the difference of two means of the per-answer score (+1/0/−1), with each side's variance
    /// estimated separately (unpooled); it relies on the normal approximation, so both sides should have a few
    /// dozen answers or more.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    public static SignificanceTest? Nps(NpsTally before, NpsTally after, double z = SurveyStatistics.Z95)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        SurveyStatistics.CheckZ(z);
        if (before.Score is not { } score1 || after.Score is not { } score2
            || before.StandardError is not { } se1 || after.StandardError is not { } se2)
        {
            return null;
        }
        return ZTest(score2 - score1, Math.Sqrt((se1 * se1) + (se2 * se2)), z);
    }

    /// <summary>
    /// Tests the change in CSAT with the pooled two-proportion z-test.
    /// </summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <param name="z">The critical value. The default is <see cref="SurveyStatistics.Z95"/> (two-sided 5 %).</param>
    /// <returns>
    /// The test (difference in CSAT points), or <see langword="null"/> when either tally is empty or the pooled
    /// share is 0 or 1 (nobody, or everybody, satisfied on both sides).
    /// </returns>
    /// <remarks>
    /// With x satisfied answers (4 or 5) of n on each side, p̂ = (x₁ + x₂)/(n₁ + n₂) and
    /// SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)); the statistic is (x₂/n₂ − x₁/n₁)/SE. Pooling is right under the null
    /// hypothesis of equal shares; the normal approximation wants about 5 satisfied and 5 unsatisfied answers a side.
    /// Difference and standard error are reported ×100, in CSAT points.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    public static SignificanceTest? Csat(CsatTally before, CsatTally after, double z = SurveyStatistics.Z95)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        SurveyStatistics.CheckZ(z);
        if (before.Proportion is not { } p1 || after.Proportion is not { } p2)
        {
            return null;
        }
        double n1 = before.N;
        double n2 = after.N;
        var pooled = ((double)before.Satisfied + after.Satisfied) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1 / n1) + (1 / n2)));
        return ZTest(100 * (p2 - p1), 100 * se, z);
    }

    /// <summary>
    /// Tests the change in CES (mean effort) with Welch's t-test, two-sided.
    /// </summary>
    /// <param name="before">The first sample.</param>
    /// <param name="after">The second sample.</param>
    /// <param name="significanceLevel">The two-sided significance level α. The default is 0.05 (5 %).</param>
    /// <returns>
    /// The test (difference of means in rating points), or <see langword="null"/> when either tally has fewer
    /// than 2 answers (no sample variance) or both sample variances are 0.
    /// </returns>
    /// <remarks>
    /// t = (m₂ − m₁)/√(s₁²/n₁ + s₂²/n₂) with s² the sample variances (Welch 1947), compared with Student's t with
    /// the Welch–Satterthwaite degrees of freedom (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
    /// (Satterthwaite 1946); significant when |t| ≥ t(1 − α/2, df). It does not assume equal variances; it assumes
    /// the means are near normal, which the bounded 1..7 scale makes reasonable from a few dozen answers a side.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="significanceLevel"/> is not strictly between 0 and 1.</exception>
    public static SignificanceTest? Ces(CesTally before, CesTally after, double significanceLevel = 0.05)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!(significanceLevel > 0 && significanceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(significanceLevel), significanceLevel, "Value should be in range (0-1), ends excluded; 0.05 is a 5 % test.");
        }
        if (before.Mean is not { } m1 || after.Mean is not { } m2
            || before.StandardDeviation is not { } s1 || after.StandardDeviation is not { } s2)
        {
            return null;
        }
        var v1 = s1 * s1 / before.N;
        var v2 = s2 * s2 / after.N;
        var se = Math.Sqrt(v1 + v2);
        if (!(se > 0))
        {
            return null;
        }
        var df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (before.N - 1)) + (v2 * v2 / (after.N - 1)));
        var t = (m2 - m1) / se;
        var critical = StudentT.Quantile(1 - (significanceLevel / 2), df);
        return new SignificanceTest(
            m2 - m1, se, t, critical, StudentT.TwoSidedPValue(t, df), Math.Abs(t) >= critical, df);
    }

    /// <summary>A z-test of a difference against its standard error; absent when the standard error is 0.</summary>
    private static SignificanceTest? ZTest(double difference, double standardError, double z)
    {
        if (!(standardError > 0))
        {
            return null;
        }
        var statistic = difference / standardError;
        return new SignificanceTest(
            difference, standardError, statistic, z, StudentT.StandardNormalTwoSidedPValue(statistic), Math.Abs(statistic) >= z);
    }
}
