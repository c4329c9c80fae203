namespace JourneyKit.Rendering;

/// <summary>What to draw and for whom.</summary>
/// <remarks>
/// A plain settable object with documented defaults, like every options type of JourneyKit.
/// The renderer reads it once per call; the defaults draw the whole journey for every persona.
/// </remarks>
public sealed class RenderOptions
{
    /// <summary>
    /// The id of the persona whose journey to draw, or <see langword="null"/> for every persona.
    /// With a persona, the Mermaid diagram and the SVG map show only the touchpoints that persona
    /// meets, scored with that persona's emotion; the report tables stay journey-wide.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? PersonaId { get; set; }

    /// <summary>
    /// Which picture to draw: the journey map, or the service blueprint (department lanes and handoff arrows).
    /// The blueprint is drawn as <see cref="RenderFormat.Svg"/> and <see cref="RenderFormat.Html"/> only; asking for it
    /// as Mermaid or Markdown is an <see cref="ArgumentException"/>.
    /// </summary>
    /// <value>The default value is <see cref="RenderView.Map"/>.</value>
    public RenderView View { get; set; } = RenderView.Map;
}
