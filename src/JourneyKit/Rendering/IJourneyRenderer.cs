using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>Draws a journey map: Mermaid journey diagrams, an SVG journey map, an HTML report, a Markdown report.</summary>
/// <remarks>
/// Every string a user put in the map is escaped for the format it lands in, so no name, description
/// or id can break the output or inject markup, scripts or diagram directives into it.
/// </remarks>
/// <threadsafety>Implementations are stateless and safe to use from several threads at once.</threadsafety>
public interface IJourneyRenderer
{
    /// <summary>Scores <paramref name="map"/> and renders it in <paramref name="format"/>.</summary>
    /// <param name="map">The map to draw.</param>
    /// <param name="format">What to write.</param>
    /// <param name="options">For whom to draw; <see langword="null"/> for the defaults.</param>
    /// <returns>The whole document as text (UTF-8 when written to a file).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidJourneyMapException">Thrown when the renderer's scorer validates maps (<see cref="ScoringOptions.ValidateMap"/>, the default) and the map is invalid; it carries the validation report.</exception>
    /// <exception cref="UnknownPersonaException">Thrown, before the map is scored, when <see cref="RenderOptions.PersonaId"/> names no persona of the map; the message lists the known ids.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="format"/> is not a defined <see cref="RenderFormat"/>, or <see cref="RenderOptions.View"/> not a defined <see cref="RenderView"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <see cref="RenderOptions.View"/> is <see cref="RenderView.Blueprint"/> and <paramref name="format"/> is Mermaid or Markdown, which have no lanes.</exception>
    string Render(JourneyMap map, RenderFormat format, RenderOptions? options = null);

    /// <summary>Renders <paramref name="map"/> with a score report already computed for it.</summary>
    /// <param name="map">The map to draw.</param>
    /// <param name="report">The map's score report (from <see cref="IJourneyScorer.Score"/>); its <see cref="JourneyScoreReport.MapId"/> must be the map's id.</param>
    /// <param name="format">What to write.</param>
    /// <param name="options">For whom to draw; <see langword="null"/> for the defaults.</param>
    /// <returns>The whole document as text (UTF-8 when written to a file).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report is of another map, or when <see cref="RenderOptions.View"/> is <see cref="RenderView.Blueprint"/> and <paramref name="format"/> is Mermaid or Markdown.</exception>
    /// <exception cref="UnknownPersonaException">Thrown when <see cref="RenderOptions.PersonaId"/> names no persona of the map; the message lists the known ids.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="format"/> is not a defined <see cref="RenderFormat"/>, or <see cref="RenderOptions.View"/> not a defined <see cref="RenderView"/>.</exception>
    string Render(JourneyMap map, JourneyScoreReport report, RenderFormat format, RenderOptions? options = null);

    /// <summary>
    /// Scores <paramref name="map"/> and writes it in <paramref name="format"/> to <paramref name="output"/>: the same
    /// characters as <see cref="Render(JourneyMap, RenderFormat, RenderOptions?)"/> returns, written a piece at a time
    /// as they are drawn, so that the SVG and HTML documents of a large map never exist whole in memory.
    /// </summary>
    /// <param name="map">The map to draw.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">Where to write it; it is written to, not flushed or closed (a file's encoding is the writer's: UTF-8 without a byte order mark is what the documents declare).</param>
    /// <param name="options">For whom to draw; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.InvalidJourneyMapException">Thrown when the renderer's scorer validates maps (<see cref="ScoringOptions.ValidateMap"/>, the default) and the map is invalid; nothing has been written then.</exception>
    /// <exception cref="UnknownPersonaException">Thrown, before the map is scored and before anything is written, when <see cref="RenderOptions.PersonaId"/> names no persona of the map.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="format"/> is not a defined <see cref="RenderFormat"/>, or <see cref="RenderOptions.View"/> not a defined <see cref="RenderView"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <see cref="RenderOptions.View"/> is <see cref="RenderView.Blueprint"/> and <paramref name="format"/> is Mermaid or Markdown, which have no lanes.</exception>
    /// <exception cref="IOException">Thrown when <paramref name="output"/> fails; what was written before stays written.</exception>
    /// <remarks>The default implementation (for renderers written before this overload) writes the string overload's result whole; <see cref="JourneyRenderer"/> writes as it draws.</remarks>
    void Render(JourneyMap map, RenderFormat format, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(map, format, options));
    }

    /// <summary>
    /// Writes <paramref name="map"/>, with a score report already computed for it, to <paramref name="output"/>: the same
    /// characters as <see cref="Render(JourneyMap, JourneyScoreReport, RenderFormat, RenderOptions?)"/> returns, a piece at a time.
    /// </summary>
    /// <param name="map">The map to draw.</param>
    /// <param name="report">The map's score report (from <see cref="IJourneyScorer.Score"/>); its <see cref="JourneyScoreReport.MapId"/> must be the map's id.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">Where to write it; it is written to, not flushed or closed.</param>
    /// <param name="options">For whom to draw; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/>, <paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report is of another map, or when <see cref="RenderOptions.View"/> is <see cref="RenderView.Blueprint"/> and <paramref name="format"/> is Mermaid or Markdown.</exception>
    /// <exception cref="UnknownPersonaException">Thrown, before anything is written, when <see cref="RenderOptions.PersonaId"/> names no persona of the map.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="format"/> is not a defined <see cref="RenderFormat"/>, or <see cref="RenderOptions.View"/> not a defined <see cref="RenderView"/>.</exception>
    /// <exception cref="IOException">Thrown when <paramref name="output"/> fails; what was written before stays written.</exception>
    /// <remarks>The default implementation writes the string overload's result whole; <see cref="JourneyRenderer"/> writes as it draws.</remarks>
    void Render(JourneyMap map, JourneyScoreReport report, RenderFormat format, TextWriter output, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(map, report, format, options));
    }
}
