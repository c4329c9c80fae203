namespace JourneyKit.Model;

/// <summary>How readily a persona accepts new ideas (Rogers' diffusion of innovations categories).</summary>
public enum AdoptionCategory
{
    /// <summary>The first 2.5 % to adopt.</summary>
    Innovator,

    /// <summary>The next 13.5 %.</summary>
    EarlyAdopter,

    /// <summary>The next 34 %.</summary>
    EarlyMajority,

    /// <summary>The next 34 %.</summary>
    LateMajority,

    /// <summary>The last 16 %.</summary>
    Laggard,
}
