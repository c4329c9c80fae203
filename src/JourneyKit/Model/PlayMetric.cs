namespace JourneyKit.Model;

/// <summary>The figure of the score report a play's condition looks at.</summary>
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
}
