namespace JourneyKit.Scoring;

/// <summary>An outcome's opportunity score (Ulwick's opportunity algorithm).</summary>
public sealed record OutcomeOpportunity
{
    /// <summary>The outcome.</summary>
    public required string OutcomeId { get; init; }

    /// <summary>Importance, 0..10: the stated number, else the top-2-box share of the importance responses × 10; <see langword="null"/> when neither gives a figure.</summary>
    public required double? Importance { get; init; }

    /// <summary>Satisfaction, 0..10, found the same way as <see cref="Importance"/>.</summary>
    public required double? Satisfaction { get; init; }

    /// <summary>importance + max(importance − satisfaction, 0), 0..20; <see langword="null"/> when either input is absent.</summary>
    public required double? Opportunity { get; init; }

    /// <summary>How well the outcome is served; <see langword="null"/> when <see cref="Opportunity"/> is absent.</summary>
    public required OutcomeClassification? Classification { get; init; }
}
