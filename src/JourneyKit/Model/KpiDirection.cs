namespace JourneyKit.Model;

/// <summary>Which way a KPI improves.</summary>
public enum KpiDirection
{
    /// <summary>Larger values are better. This is the default.</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better.</summary>
    LowerIsBetter,
}
