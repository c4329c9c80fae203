using JourneyKit.Metrics;

namespace JourneyKit.Scoring;

/// <summary>A touchpoint's journey-wide experience score and survey figures.</summary>
public sealed record TouchpointScore
{
    /// <summary>The touchpoint.</summary>
    public required string TouchpointId { get; init; }

    /// <summary>The stage it belongs to.</summary>
    public required string StageId { get; init; }

    /// <summary>
    /// The experience score, 0..100: the mean of the signals present (journey-wide emotion, CSAT,
    /// CES, NPS), each mapped to 0..100; <see langword="null"/> without any signal.
    /// </summary>
    public required double? Score { get; init; }

    /// <summary>The NPS of the touchpoint's answers; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Nps { get; init; }

    /// <summary>The CSAT of the touchpoint's answers; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Csat { get; init; }

    /// <summary>The CES mean of the touchpoint's answers; <see langword="null"/> without answers.</summary>
    public required SurveyEstimate? Ces { get; init; }
}
