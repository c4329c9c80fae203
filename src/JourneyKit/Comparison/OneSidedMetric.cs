namespace JourneyKit.Comparison;

/// <summary>
/// A figure that exists in one map only — survey answers collected on one side, minutes stated on
/// one side — at a journey, stage, touchpoint or KPI present in both: reported as such, not as a change.
/// </summary>
/// <param name="Scope">Where the figure belongs.</param>
/// <param name="Id">The stage, touchpoint or KPI id; <see langword="null"/> for the journey.</param>
/// <param name="Metric">Which figure.</param>
/// <param name="Side">The map that has it.</param>
public sealed record OneSidedMetric(DiffScope Scope, string? Id, DiffMetric Metric, MetricSide Side);
