using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>A pain point or a moment of delight at a touchpoint, as the score report states it.</summary>
/// <param name="Reasons">The reasons that hold.</param>
/// <param name="PersonaIds">The personas for whom an emotion reason holds.</param>
internal sealed record FindingView(IReadOnlyList<FindingReason> Reasons, IReadOnlyList<string> PersonaIds)
{
    /// <summary>The view of a finding of the report, or null.</summary>
    public static FindingView? Of(TouchpointFinding? finding) =>
        finding is null ? null : new FindingView(finding.Reasons, finding.PersonaIds);
}
