namespace JourneyKit.Scoring;

/// <summary>A pain point or a moment of delight: a touchpoint with every reason that holds.</summary>
public sealed record TouchpointFinding
{
    /// <summary>The touchpoint.</summary>
    public required string TouchpointId { get; init; }

    /// <summary>Every reason that holds, in the order of <see cref="FindingReason"/>; never empty.</summary>
    public required IReadOnlyList<FindingReason> Reasons { get; init; }

    /// <summary>
    /// The personas for whom an emotion reason (<see cref="FindingReason.LowEmotion"/>,
    /// <see cref="FindingReason.EmotionDrop"/>, <see cref="FindingReason.HighEmotion"/>) holds, in the
    /// map's persona order. Empty when only survey reasons hold, and always empty in a map without
    /// personas, where emotion reasons are judged on the touchpoint's plain <c>emotion</c>.
    /// </summary>
    public required IReadOnlyList<string> PersonaIds { get; init; }
}
