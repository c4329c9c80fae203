namespace JourneyKit.Rendering;

/// <summary>The kinds of output <see cref="IJourneyRenderer"/> draws.</summary>
public enum RenderFormat
{
    /// <summary>Mermaid <c>journey</c> diagram text: a section per stage, a task per touchpoint.</summary>
    Mermaid,

    /// <summary>A self-contained SVG journey map: stage columns, touchpoint cards, emotion curves, timings.</summary>
    Svg,

    /// <summary>A self-contained HTML report (no scripts, no external assets): the SVG map plus score tables.</summary>
    Html,

    /// <summary>A Markdown report for pull requests and wikis, with the Mermaid diagram embedded.</summary>
    Markdown,
}
