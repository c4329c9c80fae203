namespace JourneyKit.Scoring;

/// <summary>A stage compared with the best competitor that states a score for it.</summary>
public sealed record StageBenchmark
{
    /// <summary>The stage.</summary>
    public required string StageId { get; init; }

    /// <summary>Our stage score, 0..100; <see langword="null"/> when the stage has no score.</summary>
    public required double? Score { get; init; }

    /// <summary>The competitor with the highest score for the stage; the first in file order on ties.</summary>
    public required string BestCompetitorId { get; init; }

    /// <summary>That competitor's score.</summary>
    public required double BestScore { get; init; }

    /// <summary>Our score − the best score; <see langword="null"/> when we have no score.</summary>
    public required double? Gap { get; init; }

    /// <summary><see cref="BenchmarkPosition.Leading"/> when the gap is at least 0, else <see cref="BenchmarkPosition.Behind"/>; <see langword="null"/> without a gap.</summary>
    public required BenchmarkPosition? Position { get; init; }
}
