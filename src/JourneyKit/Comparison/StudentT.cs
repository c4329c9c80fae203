namespace JourneyKit.Comparison;

/// <summary>Student's t distribution, for the two-sided test of Welch's t statistic.</summary>
internal static class StudentT
{
    // Beyond this the t distribution and the normal agree to 7 digits at the 5 % point, and the
    // continued fraction for tiny |t| would need too many terms.
    private const double MaxDegreesOfFreedom = 1e7;

    /// <summary>P(|T| ≥ |t|) for T with <paramref name="degreesOfFreedom"/> degrees of freedom: I_{ν/(ν+t²)}(ν/2, 1/2).</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        var nu = Math.Min(degreesOfFreedom, MaxDegreesOfFreedom);
        return RegularizedIncompleteBeta(nu / 2, 0.5, nu / (nu + (t * t)));
    }

    /// <summary>The t with P(|T| ≥ t) = <paramref name="alpha"/>, found by bisection (to the last bit of a double).</summary>
    public static double CriticalValue(double degreesOfFreedom, double alpha)
    {
        double low = 0, high = 1;
        while (TwoSidedPValue(high, degreesOfFreedom) > alpha)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var mid = (low + high) / 2;
            if (TwoSidedPValue(mid, degreesOfFreedom) > alpha)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return high;
    }

    /// <summary>The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction (Numerical Recipes §6.4).</summary>
    internal static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));

        // The fraction converges fast for x below (a + 1)/(a + b + 2); above, use I_x(a, b) = 1 − I_{1−x}(b, a).
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(a, b, x) / a
            : 1 - (Math.Exp(logFront) * ContinuedFraction(b, a, 1 - x) / b);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        const double Epsilon = 1e-16;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 100_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            h *= d * c;

            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>ln Γ(x) for x &gt; 0 by the Lanczos approximation (g = 7, 9 terms; relative error about 1e-15).</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum += coefficients[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
