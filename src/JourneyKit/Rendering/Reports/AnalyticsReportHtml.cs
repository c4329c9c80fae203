using System.Text;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes the HTML page of a journey analytics report (<c>journeykit analyze --format html</c>): one self-contained file
/// with SVG charts, no script and no external asset, every string from the map and the events escaped.
/// </summary>
/// <remarks>
/// <para>The page holds, each only when the report has it: the funnel (a bar per funnel stage with its count, its share of
/// all customers and its conversion from the previous funnel stage; the conversion window named above it); the time to
/// convert of every step and of the whole funnel on a logarithmic time axis (the p25–p75 band, the p50 mark, whiskers to
/// p90 and p95); the breakdown as grouped bars of conversion per stage and group, with the differences from the rest of
/// the journey that are significant after Holm's adjustment marked; conversion over time as one line per funnel stage
/// across the cohorts; the top paths; the fired plays. A section the report has nothing for is left out.</para>
/// <para>The markup is also well-formed XML and carries the same Content-Security-Policy as the map's HTML report.</para>
/// </remarks>
/// <threadsafety>Stateless: safe to call from several threads at once.</threadsafety>
public static class AnalyticsReportHtml
{
    /// <summary>Writes the page of <paramref name="report"/>, naming stages and plays as <paramref name="map"/> does.</summary>
    /// <param name="map">The map the report was computed against (its stage names and plays label the charts).</param>
    /// <param name="report">The analytics report to draw.</param>
    /// <returns>The whole HTML document (UTF-8 when written to a file).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report is of another map (its <see cref="JourneyAnalyticsReport.MapId"/> is not the map's id).</exception>
    public static string Write(JourneyMap map, JourneyAnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        if (!string.Equals(report.MapId, map.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The report is of map '{report.MapId}', not of map '{map.Id}'.", nameof(report));
        }

        var names = new ReportNames(map);
        var html = new StringBuilder(32 * 1024);
        var funnel = AnalyticsCharts.FunnelStages(report);
        var last = funnel.Count > 0 ? funnel[^1].Funnel : null;
        ReportPage.Open(html, "Journey analytics", map.Name, map.Description,
        [
            ("Events", ReportPage.Count(report.Events), null),
            ("Customers", ReportPage.Count(report.Customers), null),
            ("Converted", last is { } l && report.Customers > 0 ? ReportText.Percent((double)l / report.Customers) : "\u2013", null),
            ("Window", report.Window is { } w ? DurationText.Of(w.Seconds) : "none", null),
            ("Median to convert", report.SecondsToConvert is { } c && funnel.Count > 1 ? DurationText.Of(c.P50) : "\u2013", null),
            ("Customer-initiated", report.CustomerInitiatedShare is { } share ? ReportText.Percent(share) : "\u2013", null),
            ("Not used", ReportPage.Count(report.UnknownTouchpointEvents + report.MalformedLines), report.UnknownTouchpointEvents + report.MalformedLines > 0 ? "fair" : null),
        ]);

        AnalyticsCharts.WriteFunnel(html, report, funnel, names);
        AnalyticsCharts.WriteTimes(html, report, funnel, names);
        AnalyticsCharts.WriteBreakdown(html, report, funnel, names);
        AnalyticsCharts.WriteCohorts(html, report, funnel, names);
        WritePaths(html, report, names);
        WritePlays(html, report, names);
        html.Append("<p class=\"muted\">").Append(ReportPage.E(
            $"{ReportPage.Count(report.UnknownTouchpointEvents)} {(report.UnknownTouchpointEvents == 1 ? "event" : "events")} on touchpoints not in the map and {ReportPage.Count(report.MalformedLines)} malformed {(report.MalformedLines == 1 ? "line" : "lines")} {(report.UnknownTouchpointEvents + report.MalformedLines == 1 ? "was" : "were")} not used."))
            .Append("</p>\n");
        ReportPage.Close(html, map.Id, "Journey analytics");
        return html.ToString();
    }

    private static void WritePaths(StringBuilder html, JourneyAnalyticsReport report, ReportNames names)
    {
        if (report.Paths.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"paths\"><h2>Top paths</h2><p class=\"lead\">The stages each customer passed through in time order, repeats folded, most frequent first.</p>\n")
            .Append("<div class=\"table-wrap\"><table><thead><tr><th class=\"num\">Customers</th><th class=\"num\">Share</th><th>Path</th></tr></thead><tbody>\n");
        foreach (var path in report.Paths)
        {
            html.Append("<tr><td class=\"num\">").Append(ReportPage.Count(path.Customers)).Append("</td><td class=\"num\">")
                .Append(report.Customers > 0 ? ReportText.Percent((double)path.Customers / report.Customers) : "\u2013").Append("</td><td>")
                .Append(ReportPage.E(string.Join(" \u2192 ", path.StageIds.Select(names.Stage)))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WritePlays(StringBuilder html, JourneyAnalyticsReport report, ReportNames names)
    {
        if (report.FiredPlays.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"plays\"><h2>Fired plays</h2><p class=\"lead\">Plays on conversion and reach whose condition holds for this journey.</p>\n<ul class=\"alerts\">\n");
        foreach (var fired in report.FiredPlays)
        {
            var play = names.Play(fired.PlaybookId, fired.PlayId);
            html.Append("<li><strong>").Append(ReportPage.E(play?.Action ?? fired.PlayId)).Append("</strong>")
                .Append(play?.Owner is { } owner ? " \u00B7 " + ReportPage.E(owner) : string.Empty)
                .Append(" <span class=\"muted\">").Append(ReportPage.E($"({fired.PlaybookId}/{fired.PlayId}, value {ReportText.Number(fired.Value, 3)})"))
                .Append("</span></li>\n");
        }

        html.Append("</ul></section>\n");
    }
}
