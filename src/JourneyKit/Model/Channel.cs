namespace JourneyKit.Model;

/// <summary>The medium through which a touchpoint happens.</summary>
public enum Channel
{
    /// <summary>A web site.</summary>
    Web,

    /// <summary>A mobile application.</summary>
    MobileApp,

    /// <summary>E-mail.</summary>
    Email,

    /// <summary>Live or automated chat.</summary>
    Chat,

    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>Face to face: a shop, a branch, a visit.</summary>
    InPerson,

    /// <summary>Social media.</summary>
    Social,

    /// <summary>Reviews and ratings sites.</summary>
    Reviews,

    /// <summary>Paid advertising.</summary>
    Advertising,

    /// <summary>Recommendations between people.</summary>
    WordOfMouth,

    /// <summary>Postal mail.</summary>
    Mail,

    /// <summary>Any other channel. This is the default.</summary>
    Other,
}
