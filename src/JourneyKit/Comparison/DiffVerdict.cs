namespace JourneyKit.Comparison;

/// <summary>
/// The one-word summary of a diff report (see <see cref="JourneyDiffReport.Verdict"/>): which way the
/// survey figures (NPS, CSAT, CES) moved significantly at 95 %. The exact figures, which are not samples, do not count.
/// </summary>
public enum DiffVerdict
{
    /// <summary>No survey figure changed significantly.</summary>
    None,

    /// <summary>At least one survey figure got significantly better and none significantly worse.</summary>
    Better,

    /// <summary>At least one survey figure got significantly worse and none significantly better.</summary>
    Worse,

    /// <summary>Some survey figures got significantly better and others significantly worse.</summary>
    Mixed,

    /// <summary>
    /// The maps share no touchpoint id though at least one of them has touchpoints (every touchpoint of one is removed,
    /// every touchpoint of the other added): their figures are about different touchpoints, so no change can be read from
    /// them, whatever the survey tests say.
    /// </summary>
    NotComparable,
}
