namespace JourneyKit.Scoring;

/// <summary>How one persona experiences the journey.</summary>
public sealed record PersonaScore
{
    /// <summary>The persona.</summary>
    public required string PersonaId { get; init; }

    /// <summary>
    /// The persona journey score, 0..100: the mean over stages where the persona meets a scored
    /// touchpoint of the mean of the persona's touchpoint scores in that stage;
    /// <see langword="null"/> when the persona meets no scored touchpoint.
    /// </summary>
    public required double? Score { get; init; }

    /// <summary>
    /// The remembered experience by the peak–end rule, −3..+3: (peak + end) / 2;
    /// <see langword="null"/> when none of the persona's touchpoints has an emotion.
    /// </summary>
    public required double? PeakEnd { get; init; }
}
