namespace JourneyKit.Rendering;

/// <summary>One emotion curve: a persona of the map, or every customer when the map has no personas.</summary>
/// <param name="Id">The persona's id; empty for the every-customer curve.</param>
/// <param name="Name">The name shown in legends and actor lists.</param>
/// <param name="Index">The persona's position among the map's personas: picks its colour and marker.</param>
internal sealed record PersonaView(string Id, string Name, int Index)
{
    /// <summary>Whether this curve stands for every customer of a map without personas.</summary>
    public bool IsEveryone => Id.Length == 0;
}
