namespace JourneyKit.Model;

/// <summary>The classic stage a journey stage corresponds to.</summary>
public enum StageKind
{
    /// <summary>The customer learns the offer exists.</summary>
    Awareness,

    /// <summary>The customer weighs the offer against alternatives.</summary>
    Consideration,

    /// <summary>The customer buys.</summary>
    Purchase,

    /// <summary>Post-purchase: use, service, renewal.</summary>
    Retention,

    /// <summary>The customer recommends the offer.</summary>
    Advocacy,

    /// <summary>A stage of the map's own. This is the default.</summary>
    Custom,
}
