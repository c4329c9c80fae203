using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>Scores journey maps: the service behind <c>journeykit score</c>.</summary>
public interface IJourneyScorer
{
    /// <summary>Applies every scoring formula to the map.</summary>
    /// <param name="map">The map; the default scorer validates it first (<see cref="ScoringOptions.ValidateMap"/>).</param>
    /// <returns>The score report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidJourneyMapException">Thrown when the scorer validates maps (<see cref="ScoringOptions.ValidateMap"/>, the default) and the map is invalid; it carries the validation report.</exception>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when the map holds something a valid map cannot (survey counts of the wrong length, a KPI calculator key nobody registered, a scope naming nothing).</exception>
    JourneyScoreReport Score(JourneyMap map);
}
