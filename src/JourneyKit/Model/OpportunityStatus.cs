namespace JourneyKit.Model;

/// <summary>Where an opportunity stands.</summary>
public enum OpportunityStatus
{
    /// <summary>Proposed, not yet planned. This is the default.</summary>
    Idea,

    /// <summary>Planned.</summary>
    Planned,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Delivered; left out of the backlog.</summary>
    Done,

    /// <summary>Abandoned; left out of the backlog.</summary>
    Dropped,
}
