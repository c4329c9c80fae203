namespace JourneyKit.Metrics;

/// <summary>Student's t distribution and the standard normal tail, as the significance tests need them.</summary>
internal static class StudentT
{
    /// <summary>
    /// Beyond this many degrees of freedom t is the standard normal to within about 1e−8, and the
    /// incomplete beta fraction (which needs about √df terms) is replaced by the normal tail.
    /// </summary>
    private const double NormalLimit = 1e8;

    /// <summary>P(|T| ≥ |t|) for T ~ t(df): I_{df/(df + t²)}(df/2, 1/2), or 1 − I_{t²/(df + t²)}(1/2, df/2) when t² &lt; df.</summary>
    /// <param name="t">The statistic.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0 (need not be an integer).</param>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The statistic should be a number.");
        }
        if (degreesOfFreedom > NormalLimit)
        {
            return StandardNormalTwoSidedPValue(t);
        }
        if (double.IsInfinity(t))
        {
            return 0;
        }
        // x = df/(df + t²) and 1 − x = t²/(df + t²), each computed directly: near t = 0 with many degrees
        // of freedom x rounds to within 1e−16 of 1, which would cost 1 − x (and so the p-value) half its
        // digits, so there the complement I_{1−x}(1/2, df/2) is used; and for huge |t|, t² would overflow.
        var a = Math.Abs(t);
        if (a * a < degreesOfFreedom)
        {
            var y = a * a / (degreesOfFreedom + (a * a));
            return 1 - SpecialFunctions.RegularizedIncompleteBeta(0.5, degreesOfFreedom / 2, y);
        }

        var x = a > 1e150 ? degreesOfFreedom / a / a : degreesOfFreedom / (degreesOfFreedom + (a * a));
        return SpecialFunctions.RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x);
    }

    /// <summary>P(T ≤ t) for T ~ t(df).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var tail = TwoSidedPValue(t, degreesOfFreedom) / 2;
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>The t with P(T ≤ t) = p, found by bisection on the (monotone) distribution function.</summary>
    /// <param name="p">The probability, strictly between 0 and 1.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, &gt; 0.</param>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Value should be in range (0-1), ends excluded.");
        }
        if (p == 0.5)
        {
            return 0;
        }
        // Solve for the upper tail q = P(T ≥ t) with t > 0; the distribution is symmetric.
        var q = p > 0.5 ? 1 - p : p;
        var twoSided = 2 * q;
        double low = 0, high = 1;
        while (TwoSidedPValue(high, degreesOfFreedom) > twoSided)
        {
            low = high;
            high *= 2;
        }
        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = (low + high) / 2;
            if (TwoSidedPValue(middle, degreesOfFreedom) > twoSided)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        var t = (low + high) / 2;
        return p > 0.5 ? t : -t;
    }

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2) = Q(1/2, z²/2).</summary>
    public static double StandardNormalTwoSidedPValue(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The statistic should be a number.");
        }
        return SpecialFunctions.RegularizedGammaQ(0.5, z * z / 2);
    }

    private static void CheckDegreesOfFreedom(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Value should be > 0.");
        }
    }
}
