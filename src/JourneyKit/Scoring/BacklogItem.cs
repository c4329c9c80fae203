namespace JourneyKit.Scoring;

/// <summary>An opportunity's place in the backlog.</summary>
public sealed record BacklogItem
{
    /// <summary>The opportunity.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>reach × impact × confidence / effort.</summary>
    public required double Rice { get; init; }

    /// <summary>The 1-based position: by RICE descending, then by id (ordinal); equal RICE values get consecutive, distinct ranks.</summary>
    public required int Rank { get; init; }
}
