using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>Compares each stage with the best competitor for it: gap = our score − the best competitor's.</summary>
public static class CompetitorBenchmark
{
    /// <summary>Benchmarks the stages.</summary>
    /// <param name="stages">Our stage rows, in map order.</param>
    /// <param name="competitors">The competitors, in file order.</param>
    /// <returns>
    /// One row per stage that at least one competitor scores, in the order of <paramref name="stages"/>.
    /// The best competitor has the highest score for the stage, the first in file order on ties.
    /// </returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<StageBenchmark> Compare(IEnumerable<StageScore> stages, IReadOnlyList<Competitor> competitors)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(competitors);
        var rows = new List<StageBenchmark>();
        if (competitors.Count == 0)
        {
            return rows;
        }

        foreach (var stage in stages)
        {
            Competitor? best = null;
            var bestScore = 0.0;
            foreach (var competitor in competitors)
            {
                // Strictly greater keeps the first competitor in file order on ties.
                if (competitor.StageScores.TryGetValue(stage.StageId, out var score) && (best is null || score > bestScore))
                {
                    best = competitor;
                    bestScore = score;
                }
            }

            if (best is null)
            {
                continue;
            }

            double? gap = stage.Score - bestScore;
            rows.Add(new StageBenchmark
            {
                StageId = stage.StageId,
                Score = stage.Score,
                BestCompetitorId = best.Id,
                BestScore = bestScore,
                Gap = gap,
                Position = gap is null ? null : gap >= 0 ? BenchmarkPosition.Leading : BenchmarkPosition.Behind,
            });
        }

        return rows;
    }
}
