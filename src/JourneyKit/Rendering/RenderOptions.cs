namespace JourneyKit.Rendering;

/// <summary>What to draw and for whom.</summary>
public sealed record RenderOptions
{
    /// <summary>The default options: the whole journey, every persona.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// The id of the persona whose journey to draw, or <see langword="null"/> for every persona.
    /// With a persona, the Mermaid diagram and the SVG map show only the touchpoints that persona
    /// meets, scored with that persona's emotion; the report tables stay journey-wide.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? PersonaId { get; init; }
}
