namespace JourneyKit.Monitoring;

/// <summary>One survey answer: when, at which touchpoint, on which survey, with which rating.</summary>
/// <param name="Timestamp">When the answer was given (any offset; periods are UTC).</param>
/// <param name="TouchpointId">The touchpoint answered about; should be a touchpoint of the map.</param>
/// <param name="Metric">The survey.</param>
/// <param name="Rating">The rating: nps 0..10, csat 1..5, ces 1..7.</param>
public sealed record SurveyAnswer(DateTimeOffset Timestamp, string TouchpointId, SurveyMetric Metric, int Rating)
{
    /// <summary>The lowest rating of <paramref name="metric"/>.</summary>
    /// <param name="metric">The survey.</param>
    /// <returns>0 for nps, 1 for csat and ces.</returns>
    public static int MinRating(SurveyMetric metric) => metric == SurveyMetric.Nps ? 0 : 1;

    /// <summary>The highest rating of <paramref name="metric"/>.</summary>
    /// <param name="metric">The survey.</param>
    /// <returns>10 for nps, 5 for csat, 7 for ces.</returns>
    public static int MaxRating(SurveyMetric metric) => metric switch
    {
        SurveyMetric.Nps => 10,
        SurveyMetric.Csat => 5,
        SurveyMetric.Ces => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "The metric should be nps, csat or ces."),
    };
}
