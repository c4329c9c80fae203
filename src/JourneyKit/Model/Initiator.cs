namespace JourneyKit.Model;

/// <summary>Who started the contact at a touchpoint.</summary>
public enum Initiator
{
    /// <summary>The customer reached out.</summary>
    Customer,

    /// <summary>The company reached out.</summary>
    Company,
}
