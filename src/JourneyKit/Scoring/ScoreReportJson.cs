using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Reads and writes <see cref="JourneyScoreReport"/> as the JSON score report, version 1 (the
/// shape <c>journeykit score --format json</c> prints). Figures are written unrounded, as the
/// shortest text that reads back to the same double; absent figures are <c>null</c>.
/// </summary>
public static class ScoreReportJson
{
    /// <summary>Writes a report as indented JSON text ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Write(JourneyScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportDocument.Write(report, ScoreReportJsonContext.Default.JourneyScoreReport);
    }

    /// <summary>Writes a report as indented UTF-8 JSON ending with a newline, streaming: the document is never held in memory whole.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static void Write(JourneyScoreReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReportDocument.Write(report, ScoreReportJsonContext.Default.JourneyScoreReport, utf8Json);
    }

    /// <summary>Reads a report written by <see cref="Write(JourneyScoreReport)"/>.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a score report.</exception>
    public static JourneyScoreReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportDocument.Read(json, ScoreReportJsonContext.Default.JourneyScoreReport, "a score report");
    }
}
