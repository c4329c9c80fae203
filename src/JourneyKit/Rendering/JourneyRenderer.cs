using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>The default <see cref="IJourneyRenderer"/>.</summary>
/// <threadsafety>Stateless: one instance can serve any number of threads.</threadsafety>
public sealed class JourneyRenderer : IJourneyRenderer
{
    /// <inheritdoc/>
    public string Render(JourneyMap map, RenderFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var view = JourneyViewBuilder.Build(map, options ?? RenderOptions.Default);
        return format switch
        {
            RenderFormat.Mermaid => MermaidJourneyWriter.Write(view),
            RenderFormat.Svg => SvgJourneyMapWriter.Write(view),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Value should be one of Mermaid, Svg, Html, Markdown."),
        };
    }
}
