namespace JourneyKit.Playbooks;

/// <summary>A play whose condition holds on the scored map.</summary>
public sealed record FiredPlay
{
    /// <summary>The playbook the play belongs to.</summary>
    public required string PlaybookId { get; init; }

    /// <summary>The play.</summary>
    public required string PlayId { get; init; }

    /// <summary>The play's priority; lower comes first, <see langword="null"/> comes last.</summary>
    public required int? Priority { get; init; }

    /// <summary>The metric's value that made the condition hold.</summary>
    public required double Value { get; init; }
}
