using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Cli;

/// <summary>
/// Scores maps for the commands (score, render, diff): the one place where a figure that cannot be
/// scored becomes exit code 1 and one line naming the file.
/// </summary>
internal static class MapScoring
{
    private static readonly JourneyScorer Scorer = new();

    /// <summary>Scores a valid map read from <paramref name="path"/>.</summary>
    /// <param name="path">The file the map came from, to name it in the message.</param>
    /// <param name="map">The map, valid (see <see cref="MapFile.Load"/>).</param>
    /// <returns>The score report.</returns>
    /// <exception cref="CliException">Thrown with exit code 1 and "<c>path: message</c>" when the scorer
    /// throws <see cref="InvalidOperationException"/> (a valid map holding something that cannot be scored, such as an unknown KPI calculator).</exception>
    public static JourneyScoreReport Score(string path, JourneyMap map)
    {
        try
        {
            return Scorer.Score(map);
        }
        catch (InvalidOperationException e)
        {
            throw CliErrors.CannotScore(path, e);
        }
    }
}
