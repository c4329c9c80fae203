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
        // The streamed overload, into a string: one dispatch over formats and views, and the same characters.
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(map, report, format, text, options);
        return text.ToString();
    }

    /// <inheritdoc/>
    public void Render(JourneyMap map, RenderFormat format, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new RenderOptions();
        CheckFormat(format, options);
        JourneyViewBuilder.CheckPersona(map, options);
        Render(map, _scorer.Score(map), format, output, options);
    }

    /// <inheritdoc/>
    public void Render(JourneyMap map, JourneyScoreReport report, RenderFormat format, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var view = ViewOf(map, report, format, ref options);
        if (options.View == RenderView.Blueprint)
        {
            if (format == RenderFormat.Svg)
            {
                SvgBlueprintWriter.Write(view, output);
            }
            else
            {
                HtmlReportWriter.Write(view, blueprint: true, output);
            }

            return;
        }

        switch (format)
        {
            case RenderFormat.Svg:
                SvgJourneyMapWriter.Write(view, output);
                break;
            case RenderFormat.Html:
                HtmlReportWriter.Write(view, blueprint: false, output);
                break;
            case RenderFormat.Mermaid:
                output.Write(MermaidJourneyWriter.Write(view)); // a few characters a touchpoint: built whole
                break;
            default:
                output.Write(MarkdownReportWriter.Write(view));
                break;
        }
    }

    private static JourneyView ViewOf(JourneyMap map, JourneyScoreReport report, RenderFormat format, [System.Diagnostics.CodeAnalysis.NotNull] ref RenderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        options ??= new RenderOptions();
        CheckFormat(format, options);
        if (!string.Equals(report.MapId, map.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The report is of map '{report.MapId}', not of map '{map.Id}'.", nameof(report));
        }

        return JourneyViewBuilder.Build(map, report, options);
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
