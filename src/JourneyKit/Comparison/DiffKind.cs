namespace JourneyKit.Comparison;

/// <summary>What a comparison of two maps measures.</summary>
public enum DiffKind
{
    /// <summary>Two current-state snapshots: the effect a change actually had.</summary>
    Measured,

    /// <summary>A future-state map against the current map it improves: the effect the plan promises.</summary>
    Projected,
}
