namespace JourneyKit.Model;

/// <summary>Whether a map describes the journey as it is or as it is planned to be.</summary>
public enum MapState
{
    /// <summary>The journey as customers live it today. This is the default.</summary>
    Current,

    /// <summary>A planned journey; <see cref="JourneyMap.BaseMapId"/> names the current map it improves.</summary>
    Future,
}
