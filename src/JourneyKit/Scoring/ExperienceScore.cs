namespace JourneyKit.Scoring;

/// <summary>
/// The touchpoint experience score: each signal mapped to 0..100, and the mean of the signals
/// present.
/// </summary>
public static class ExperienceScore
{
    /// <summary>Maps an emotion of −3..+3 to 0..100: (e + 3) / 6 · 100.</summary>
    /// <param name="emotion">The emotion.</param>
    /// <returns>The score.</returns>
    public static double FromEmotion(double emotion) => (emotion + 3) / 6 * 100;

    /// <summary>A CSAT of 0..100 is a score as it is.</summary>
    /// <param name="csat">The CSAT.</param>
    /// <returns>The score.</returns>
    public static double FromCsat(double csat) => csat;

    /// <summary>Maps a CES mean of 1..7 (lower is better) to 0..100: (7 − mean) / 6 · 100.</summary>
    /// <param name="cesMean">The CES mean.</param>
    /// <returns>The score.</returns>
    public static double FromCes(double cesMean) => (7 - cesMean) / 6 * 100;

    /// <summary>Maps an NPS of −100..100 to 0..100: (NPS + 100) / 2.</summary>
    /// <param name="nps">The NPS.</param>
    /// <returns>The score.</returns>
    public static double FromNps(double nps) => (nps + 100) / 2;

    /// <summary>The mean of the signals present, each mapped to 0..100.</summary>
    /// <param name="emotion">The emotion, −3..+3, if any.</param>
    /// <param name="nps">The NPS, −100..100, if any.</param>
    /// <param name="csat">The CSAT, 0..100, if any.</param>
    /// <param name="cesMean">The CES mean, 1..7, if any.</param>
    /// <returns>The score, 0..100; <see langword="null"/> when no signal is present.</returns>
    public static double? Of(double? emotion, double? nps, double? csat, double? cesMean)
    {
        var sum = 0.0;
        var count = 0;
        if (emotion is { } e)
        {
            sum += FromEmotion(e);
            count++;
        }

        if (csat is { } c)
        {
            sum += FromCsat(c);
            count++;
        }

        if (cesMean is { } effort)
        {
            sum += FromCes(effort);
            count++;
        }

        if (nps is { } n)
        {
            sum += FromNps(n);
            count++;
        }

        return count == 0 ? null : sum / count;
    }
}
