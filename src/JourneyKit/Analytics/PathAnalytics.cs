namespace JourneyKit.Analytics;

/// <summary>A path through the stages and how many customers took it.</summary>
public sealed record PathAnalytics
{
    /// <summary>The stages in time order (ties by stage order) with consecutive repeats folded.</summary>
    public required IReadOnlyList<string> StageIds { get; init; }

    /// <summary>The customers whose path this is.</summary>
    public required long Customers { get; init; }
}
