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

    /// <summary>
    /// The part of <paramref name="finding"/> that holds for persona <paramref name="personaId"/>: its emotion reasons
    /// (low emotion, emotion drop, high emotion) when the persona is one of the finding's personas, and its survey
    /// reasons, which rest on the touchpoint's answers and hold for everyone who meets it; null when none holds.
    /// </summary>
    public static FindingView? For(TouchpointFinding? finding, string personaId)
    {
        if (finding is null)
        {
            return null;
        }

        var forPersona = finding.PersonaIds.Contains(personaId, StringComparer.Ordinal);
        var reasons = finding.Reasons.Where(r => forPersona || !IsEmotionReason(r)).ToList();
        return reasons.Count == 0 ? null : new FindingView(reasons, forPersona ? [personaId] : []);
    }

    /// <summary>Whether <paramref name="reason"/> is judged on a persona's emotion (rather than on survey answers).</summary>
    public static bool IsEmotionReason(FindingReason reason) =>
        reason is FindingReason.LowEmotion or FindingReason.EmotionDrop or FindingReason.HighEmotion;
}
