using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>The default <see cref="IJourneyRenderer"/>.</summary>
/// <threadsafety>Stateless: one instance can serve any number of threads.</threadsafety>
public sealed class JourneyRenderer : IJourneyRenderer
{
    private readonly IJourneyScorer _scorer;

    /// <summary>Creates a renderer that scores maps with a default <see cref="JourneyScorer"/>.</summary>
    public JourneyRenderer()
        : this(new JourneyScorer())
    {
    }

    /// <summary>Creates a renderer that scores maps with <paramref name="scorer"/>.</summary>
    /// <param name="scorer">The scorer whose report the pictures and tables show.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scorer"/> is <see langword="null"/>.</exception>
    public JourneyRenderer(IJourneyScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    /// <inheritdoc/>
    public string Render(JourneyMap map, RenderFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= new RenderOptions();
        CheckFormat(format, options);
        JourneyViewBuilder.CheckPersona(map, options);
        return Render(map, _scorer.Score(map), format, options);
    }

    /// <inheritdoc/>
    public string Render(JourneyMap map, JourneyScoreReport report, RenderFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        options ??= new RenderOptions();
        CheckFormat(format, options);
        if (!string.Equals(report.MapId, map.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The report is of map '{report.MapId}', not of map '{map.Id}'.", nameof(report));
        }

        var view = JourneyViewBuilder.Build(map, report, options);
        if (options.View == RenderView.Blueprint)
        {
            return format == RenderFormat.Svg ? SvgBlueprintWriter.Write(view) : HtmlReportWriter.Write(view, blueprint: true);
        }

        return format switch
        {
            RenderFormat.Mermaid => MermaidJourneyWriter.Write(view),
            RenderFormat.Svg => SvgJourneyMapWriter.Write(view),
            RenderFormat.Html => HtmlReportWriter.Write(view),
            _ => MarkdownReportWriter.Write(view),
        };
    }

    private static void CheckFormat(RenderFormat format, RenderOptions options)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Value should be one of Mermaid, Svg, Html, Markdown.");
        }

        if (!Enum.IsDefined(options.View))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.View, "RenderOptions.View should be one of Map, Blueprint.");
        }

        if (options.View == RenderView.Blueprint && format is RenderFormat.Mermaid or RenderFormat.Markdown)
        {
            throw new ArgumentException($"The blueprint view is drawn as Svg or Html only: {format} has no lanes; use RenderView.Map for {format}.", nameof(options));
        }
    }
}
