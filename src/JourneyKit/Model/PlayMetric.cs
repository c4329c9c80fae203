namespace JourneyKit.Model;

/// <summary>The figure of the score report (or, for <see cref="Conversion"/> and <see cref="Reach"/>, of the analytics report) a play's condition looks at.</summary>
public enum PlayMetric
{
    /// <summary>The NPS of a touchpoint or stage.</summary>
    Nps,

    /// <summary>The CSAT of a touchpoint or stage.</summary>
    Csat,

    /// <summary>The CES mean of a touchpoint or stage.</summary>
    Ces,

    /// <summary>The journey-wide emotion of a touchpoint.</summary>
    Emotion,

    /// <summary>The experience score of a touchpoint.</summary>
    TouchpointScore,

    /// <summary>The score of a stage.</summary>
    StageScore,

    /// <summary>The journey score (no target).</summary>
    JourneyScore,

    /// <summary>The attainment of a KPI.</summary>
    KpiAttainment,

    /// <summary>The opportunity score of an outcome.</summary>
    OpportunityScore,

    /// <summary>A stage's conversion from the previous funnel stage (0 to 1), from events: evaluated by <c>analyze</c>, ignored by <c>score</c>.</summary>
    Conversion,

    /// <summary>A stage's reach (customers with an event in it), from events: evaluated by <c>analyze</c>, ignored by <c>score</c>.</summary>
    Reach,
}
