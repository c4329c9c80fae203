using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// Reads and writes <see cref="JourneyAnalyticsReport"/> as the JSON analytics report (the shape
/// <c>journeykit analyze --format json</c> prints): camelCase names, every property present (an
/// absent figure is <c>null</c>, never left out), numbers as JSON numbers, indented.
/// </summary>
/// <example><code>string json = AnalyticsReportJson.Write(analyzer.Analyze(map, events));</code></example>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class AnalyticsReportJson
{
    /// <summary>Writes a report as indented JSON text ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Write(JourneyAnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportDocument.Write(report, AnalyticsJsonContext.Default.JourneyAnalyticsReport);
    }

    /// <summary>Writes a report as indented UTF-8 JSON ending with a newline, streaming: the document is never held in memory whole.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static void Write(JourneyAnalyticsReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReportDocument.Write(report, AnalyticsJsonContext.Default.JourneyAnalyticsReport, utf8Json);
    }

    /// <summary>Reads a report written by <see cref="Write(JourneyAnalyticsReport)"/>.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not an analytics report, with its path, line and position.</exception>
    public static JourneyAnalyticsReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportDocument.Read(json, AnalyticsJsonContext.Default.JourneyAnalyticsReport, "an analytics report");
    }
}
