namespace JourneyKit.Metrics;

/// <summary>Constants and argument checks shared by the survey tallies.</summary>
public static class SurveyStatistics
{
    /// <summary>
    /// The two-sided 95 % standard normal quantile the design uses for every interval and test
    /// ("95 % interval" means z = 1.959964).
    /// </summary>
    public const double Z95 = 1.959964;

    /// <summary>Checks that a z multiplier is finite and non-negative.</summary>
    /// <param name="z">The multiplier of the standard error.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is negative, NaN or infinite.</exception>
    internal static void CheckZ(double z, string paramName = "z")
    {
        if (!double.IsFinite(z) || z < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, z, "The z multiplier should be a finite number >= 0 (1.959964 for 95 %).");
        }
    }
}
