namespace JourneyKit.Analytics;

/// <summary>One customer's place in the funnel: a row of the customers-out list (<c>--customers-out</c>), the list a team retargets.</summary>
public sealed record CustomerFunnel
{
    /// <summary>The customer's id.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The customer's funnel depth: the number of funnel stages their chain reached; 0 when they never entered the first funnel stage.</summary>
    public required int Depth { get; init; }

    /// <summary>The last funnel stage reached; <see langword="null"/> for depth 0.</summary>
    public required string? LastStageId { get; init; }

    /// <summary>The chain's entry t₁, in UTC; <see langword="null"/> for depth 0.</summary>
    public required DateTimeOffset? Entry { get; init; }

    /// <summary>The customer's own breakdown value (even when their group was merged into the other group); <see langword="null"/> without a breakdown or for an empty value.</summary>
    public required string? Group { get; init; }
}
