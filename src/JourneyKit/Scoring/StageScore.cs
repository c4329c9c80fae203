using JourneyKit.Measures;
using JourneyKit.Metrics;

namespace JourneyKit.Scoring;

/// <summary>A stage's score, survey figures (its touchpoints' answers merged) and value stream.</summary>
public sealed record StageScore
{
    /// <summary>The stage.</summary>
    public required string StageId { get; init; }

    /// <summary>The mean of the stage's touchpoint scores that exist, 0..100; <see langword="null"/> when none has a score.</summary>
    public required double? Score { get; init; }

    /// <summary>The NPS of the stage's touchpoints' answers merged; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Nps { get; init; }

    /// <summary>The CSAT of the stage's touchpoints' answers merged; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Csat { get; init; }

    /// <summary>The CES mean of the stage's touchpoints' answers merged; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Ces { get; init; }

    /// <summary>The stage's value stream.</summary>
    public required ValueStream ValueStream { get; init; }
}
