using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>
/// The comparison of two journey maps: what changed in their structure, how every figure moved,
/// which moves are significant, and whether the comparison measures a change or projects a plan.
/// Written as JSON by <see cref="DiffReportJson"/> in the shape of the design's diff report.
/// </summary>
/// <param name="Kind">Measured (two snapshots) or projected (a future state against its base).</param>
/// <param name="Metrics">One row per scope, id and figure present in both maps: the journey, then stages in the
/// <c>after</c> map's order, then touchpoints in the <c>after</c> map's journey order, then KPIs in the <c>after</c> map's order;
/// within a scope, figures in <see cref="DiffMetric"/> order.</param>
/// <param name="Structure">Entities added, removed, moved and changed.</param>
/// <param name="OneSided">Figures present in one map only, at a journey, stage, touchpoint or KPI present in both, in the same order as <paramref name="Metrics"/>.</param>
/// <param name="Warnings">Things the reader should know to interpret the report, such as maps with different ids; empty when there are none.</param>
public sealed record JourneyDiffReport(
    DiffKind Kind,
    IReadOnlyList<MetricChange> Metrics,
    StructuralDiff Structure,
    IReadOnlyList<OneSidedMetric> OneSided,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The verdict of the comparison, from the survey figures alone (the <see cref="Metrics"/> rows whose
    /// <see cref="MetricChange.Significant"/> is not <see langword="null"/>): <see cref="DiffVerdict.Better"/> when at least
    /// one is significantly better and none significantly worse, <see cref="DiffVerdict.Worse"/> the other way round,
    /// <see cref="DiffVerdict.Mixed"/> when there are both, and <see cref="DiffVerdict.None"/> when no survey figure changed significantly;
    /// but <see cref="DiffVerdict.NotComparable"/> first, whatever the survey figures, when <see cref="SharesTouchpoints()"/> is
    /// <see langword="false"/>.
    /// </summary>
    /// <remarks>A method rather than a property so that it stays out of the diff report's JSON.</remarks>
    /// <returns>The verdict.</returns>
    public DiffVerdict Verdict()
    {
        if (!SharesTouchpoints())
        {
            return DiffVerdict.NotComparable;
        }

        var better = false;
        var worse = false;
        foreach (var row in Metrics)
        {
            if (row.Significant == true)
            {
                better |= row.Direction == ChangeDirection.Better;
                worse |= row.Direction == ChangeDirection.Worse;
            }
        }

        return (better, worse) switch
        {
            (true, true) => DiffVerdict.Mixed,
            (true, false) => DiffVerdict.Better,
            (false, true) => DiffVerdict.Worse,
            _ => DiffVerdict.None,
        };
    }

    /// <summary>
    /// Whether the two maps have a touchpoint id in common, or neither has a touchpoint: <see langword="false"/> when at
    /// least one has touchpoints and no touchpoint id is in both (then <see cref="Verdict"/> is <see cref="DiffVerdict.NotComparable"/>).
    /// </summary>
    /// <remarks>
    /// Read from the report itself, so it holds for a report read back from JSON too: a touchpoint in both maps always has a
    /// <see cref="DiffScope.Touchpoint"/> row in <see cref="Metrics"/> (its pain-point count, 0 or 1, is on both sides), and a
    /// touchpoint in one map only is in <see cref="StructuralDiff.Added"/> or <see cref="StructuralDiff.Removed"/>.
    /// </remarks>
    /// <returns>Whether the maps' figures can be compared.</returns>
    public bool SharesTouchpoints() => SharesTouchpoints(Metrics, Structure);

    internal static bool SharesTouchpoints(IReadOnlyList<MetricChange> metrics, StructuralDiff structure) =>
        metrics.Any(static m => m.Scope == DiffScope.Touchpoint)
        || !(structure.Added.Any(static r => r.Kind == EntityKind.Touchpoint) || structure.Removed.Any(static r => r.Kind == EntityKind.Touchpoint));

    /// <summary>Whether <paramref name="other"/> is a JourneyDiffReport with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(JourneyDiffReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind
            && Equality.ListEqual(Metrics, other.Metrics)
            && Structure == other.Structure
            && Equality.ListEqual(OneSided, other.OneSided)
            && Equality.ListEqual(Warnings, other.Warnings));

    /// <summary>A hash code that agrees with <see cref="Equals(JourneyDiffReport)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Equality.ListHash(Metrics));
        hash.Add(Structure);
        hash.Add(Equality.ListHash(OneSided));
        hash.Add(Equality.ListHash(Warnings));
        return hash.ToHashCode();
    }
}
