namespace JourneyKit.Model;

/// <summary>What kind of value an outcome brings the customer.</summary>
public enum OutcomeKind
{
    /// <summary>Progress or accomplishment. This is the default.</summary>
    Positive,

    /// <summary>A bad outcome avoided.</summary>
    Relief,
}
