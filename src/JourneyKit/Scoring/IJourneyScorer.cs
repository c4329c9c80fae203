using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>Scores journey maps: the service behind <c>journeykit score</c>.</summary>
public interface IJourneyScorer
{
    /// <summary>Applies every scoring formula to the map.</summary>
    /// <param name="map">The map; validate it first (an invalid map can make a formula impossible).</param>
    /// <returns>The score report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when the map holds something a valid map cannot (survey counts of the wrong length, a KPI calculator key nobody registered, a scope naming nothing).</exception>
    JourneyScoreReport Score(JourneyMap map);
}
