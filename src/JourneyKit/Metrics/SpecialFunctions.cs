namespace JourneyKit.Metrics;

/// <summary>
/// The special functions behind the significance tests: log-gamma, the regularized incomplete beta
/// function (for Student's t) and the regularized upper incomplete gamma function (for the normal tail).
/// </summary>
/// <remarks>
/// Algorithms from Press, Teukolsky, Vetterling and Flannery, <i>Numerical Recipes</i>, 3rd ed. (2007):
/// §6.1 (Lanczos log-gamma, relative error below 1e−15), §6.2 (incomplete gamma: series below a + 1,
/// continued fraction above), §6.4 (incomplete beta: continued fraction evaluated by the modified
/// Lentz method, with the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where it converges faster).
/// </remarks>
internal static class SpecialFunctions
{
    /// <summary>Relative accuracy the continued fractions and series stop at.</summary>
    private const double Epsilon = 1e-15;

    /// <summary>A number near the smallest normal double, so that Lentz's method never divides by zero.</summary>
    private const double Tiny = 1e-300;

    /// <summary>Enough terms for every argument the tests use; the fractions need about √max(a, b) of them.</summary>
    private const int MaxIterations = 100_000;

    private static readonly double[] LanczosCoefficients =
    [
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5,
    ];

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 671/128, 14 terms).</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Value should be > 0.");
        }
        var y = x;
        var tmp = x + (671.0 / 128);
        tmp = ((x + 0.5) * Math.Log(tmp)) - tmp;
        var series = 0.999999999999997092;
        foreach (var coefficient in LanczosCoefficients)
        {
            series += coefficient / ++y;
        }
        return tmp + Math.Log(2.5066282746310005 * series / x);
    }

    /// <summary>The regularized incomplete beta function I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (!(a > 0) || !(b > 0))
        {
            throw new ArgumentOutOfRangeException(a > 0 ? nameof(b) : nameof(a), "The shape parameters should be > 0.");
        }
        if (!(x >= 0 && x <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Value should be in range [0-1].");
        }
        if (x == 0 || x == 1)
        {
            return x;
        }
        // The prefactor x^a (1 − x)^b / B(a, b), in logs so that large a, b do not overflow.
        var front = Math.Exp(
            LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        // The fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use the symmetry.
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    /// <summary>The continued fraction of the incomplete beta function, by the modified Lentz method.</summary>
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = NotTiny(1 - (qab * x / qap));
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            // Even step.
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / NotTiny(1 + (aa * d));
            c = NotTiny(1 + (aa / c));
            h *= d * c;
            // Odd step.
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / NotTiny(1 + (aa * d));
            c = NotTiny(1 + (aa / c));
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= Epsilon)
            {
                return h;
            }
        }
        throw new InvalidOperationException($"The incomplete beta fraction did not converge for a = {a}, b = {b}, x = {x}.");
    }

    /// <summary>The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) for a &gt; 0, x ≥ 0.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        if (!(a > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "Value should be > 0.");
        }
        if (!(x >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Value should be >= 0.");
        }
        if (x == 0)
        {
            return 1;
        }
        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }
        var front = Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a));
        return x < a + 1 ? 1 - (front * GammaSeries(a, x)) : front * GammaContinuedFraction(a, x);
    }

    /// <summary>Σ x^n / (a (a + 1) … (a + n)), the series of P(a, x) without its prefactor.</summary>
    private static double GammaSeries(double a, double x)
    {
        var ap = a;
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n <= MaxIterations; n++)
        {
            ap++;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                return sum;
            }
        }
        throw new InvalidOperationException($"The incomplete gamma series did not converge for a = {a}, x = {x}.");
    }

    /// <summary>The continued fraction of Q(a, x) without its prefactor, by the modified Lentz method.</summary>
    private static double GammaContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i <= MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = 1 / NotTiny((an * d) + b);
            c = NotTiny(b + (an / c));
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= Epsilon)
            {
                return h;
            }
        }
        throw new InvalidOperationException($"The incomplete gamma fraction did not converge for a = {a}, x = {x}.");
    }

    private static double NotTiny(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
