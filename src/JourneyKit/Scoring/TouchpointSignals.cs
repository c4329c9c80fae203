namespace JourneyKit.Scoring;

/// <summary>A touchpoint's survey signals: the figures its experience score and survey reasons are built from.</summary>
/// <param name="Nps">The NPS, if the touchpoint has NPS answers.</param>
/// <param name="Csat">The CSAT, if it has CSAT answers.</param>
/// <param name="CesMean">The CES mean, if it has CES answers.</param>
internal readonly record struct TouchpointSignals(double? Nps, double? Csat, double? CesMean)
{
    /// <summary>The signals of a touchpoint's report row: an estimate's value is the tally's score (the CES mean).</summary>
    public static TouchpointSignals Of(TouchpointScore row) => new(row.Nps?.Value, row.Csat?.Value, row.Ces?.Value);

    /// <summary>The experience score with the given emotion (journey-wide or a persona's).</summary>
    public double? Score(double? emotion) => ExperienceScore.Of(emotion, Nps, Csat, CesMean);

    /// <summary>The survey reasons of pain that hold, as bits (1 &lt;&lt; reason).</summary>
    public int PainBits(ScoringOptions options)
    {
        var bits = 0;
        if (CesMean >= options.HighEffortThreshold)
        {
            bits |= 1 << (int)FindingReason.HighEffort;
        }

        if (Csat < options.LowSatisfactionThreshold)
        {
            bits |= 1 << (int)FindingReason.LowSatisfaction;
        }

        if (Nps < options.DetractorHeavyThreshold)
        {
            bits |= 1 << (int)FindingReason.DetractorHeavy;
        }

        return bits;
    }

    /// <summary>The survey reasons of delight that hold, as bits.</summary>
    public int DelightBits(ScoringOptions options) =>
        Nps >= options.PromoterHeavyThreshold ? 1 << (int)FindingReason.PromoterHeavy : 0;
}
