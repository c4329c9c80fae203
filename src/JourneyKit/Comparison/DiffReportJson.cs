using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>
/// Reads and writes <see cref="JourneyDiffReport"/> as the JSON diff report (the shape
/// <c>journeykit diff --format json</c> prints). Figures are written unrounded, as the shortest text
/// that reads back to the same double; absent values are <c>null</c>.
/// </summary>
public static class DiffReportJson
{
    /// <summary>Writes a report as indented JSON text ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Write(JourneyDiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportDocument.Write(report, DiffReportJsonContext.Default.JourneyDiffReport);
    }

    /// <summary>Reads a report written by <see cref="Write"/>.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a diff report.</exception>
    public static JourneyDiffReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportDocument.Read(json, DiffReportJsonContext.Default.JourneyDiffReport, "a diff report");
    }
}
