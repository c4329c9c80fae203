using JourneyKit.Model;

namespace JourneyKit.Monitoring;

/// <summary>Writes and reads <see cref="MonitoringReport"/> as the design's JSON (camelCase, every property written).</summary>
public static class MonitoringReportJson
{
    /// <summary>The report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportDocument.Write(report, MonitoringJsonContext.Default.MonitoringReport);
    }

    /// <summary>Writes the report as indented UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream written to.</param>
    public static void Write(MonitoringReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReportDocument.Write(report, MonitoringJsonContext.Default.MonitoringReport, utf8Json);
    }

    /// <summary>Reads a report written by <see cref="Write(MonitoringReport)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    public static MonitoringReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportDocument.Read(json, MonitoringJsonContext.Default.MonitoringReport, "a monitoring report");
    }
}
