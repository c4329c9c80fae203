using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>Compares two journey maps: the service behind <c>journeykit diff</c>.</summary>
public interface IJourneyComparer
{
    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/>: their structure, every score,
    /// survey figure, value-stream figure, pain-point count and KPI, with a 95 % test for the survey figures.
    /// </summary>
    /// <param name="before">The earlier snapshot, or the current state; the default comparer's scorer validates it first (<see cref="Scoring.ScoringOptions.ValidateMap"/>).</param>
    /// <param name="after">The later snapshot, or the future state; validated first like <paramref name="before"/>.</param>
    /// <returns>The diff report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidJourneyMapException">Thrown when the scorer validates maps (the default) and either map is invalid; it carries that map's validation report.</exception>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when a map holds something a valid map cannot.</exception>
    JourneyDiffReport Compare(JourneyMap before, JourneyMap after);
}
