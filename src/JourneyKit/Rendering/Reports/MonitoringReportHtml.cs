using System.Globalization;
using System.Text;
using JourneyKit.Model;
using JourneyKit.Monitoring;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes the HTML page of a monitoring report (<c>journeykit monitor --format html</c>): the alerts and fired plays on
/// top, then small multiples, one line chart per series with its 95 % interval band and its significant change marked,
/// grouped by scope (touchpoints, stages, journey). One self-contained file, no script, no external asset, every string
/// from the map escaped.
/// </summary>
/// <threadsafety>Stateless: safe to call from several threads at once.</threadsafety>
public static class MonitoringReportHtml
{
    /// <summary>Writes the page of <paramref name="report"/>, naming touchpoints, stages and plays as <paramref name="map"/> does.</summary>
    /// <param name="map">The map the answers were folded against.</param>
    /// <param name="report">The monitoring report to draw.</param>
    /// <returns>The whole HTML document (UTF-8 when written to a file).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report is of another map (its <see cref="MonitoringReport.MapId"/> is not the map's id).</exception>
    public static string Write(JourneyMap map, MonitoringReport report)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        if (!string.Equals(report.MapId, map.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The report is of map '{report.MapId}', not of map '{map.Id}'.", nameof(report));
        }

        var names = new ReportNames(map);
        var html = new StringBuilder(64 * 1024);
        var period = PeriodName(report.Period);
        var last = report.Series.SelectMany(s => s.Points).Select(p => (DateOnly?)p.Start).Max();
        var worsening = report.Alerts.Count(a => a.Kind == MonitoringAlertKind.SignificantWorsening);
        ReportPage.Open(html, "Survey monitoring", map.Name, map.Description,
        [
            ("Answers", ReportPage.Count(report.Answers), null),
            ("Period", period, null),
            ("Last period", last is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "\u2013", null),
            ("Series", ReportPage.Count(report.Series.Count), null),
            ("Worsening", ReportPage.Count(worsening), worsening > 0 ? "poor" : "good"),
            ("Fired plays", ReportPage.Count(report.FiredPlays.Count), report.FiredPlays.Count > 0 ? "fair" : null),
            ("Not used", ReportPage.Count(report.MalformedLines + report.UnknownTouchpointAnswers), report.MalformedLines + report.UnknownTouchpointAnswers > 0 ? "fair" : null),
        ]);

        WriteAlerts(html, report, names);
        WritePlays(html, report, names);
        foreach (var (scope, id, title) in new[] { (MonitoringScope.Touchpoint, "touchpoints", "Touchpoints"), (MonitoringScope.Stage, "stages", "Stages"), (MonitoringScope.Journey, "journey", "Whole journey") })
        {
            var series = report.Series.Where(s => s.Scope == scope).ToList();
            if (series.Count == 0)
            {
                continue;
            }

            html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(title).Append("</h2><p class=\"lead\">")
                .Append(ReportPage.E($"One chart per series, a point per {period} with answers: the band is the 95 % interval (a bar where the {period}s before and after have none), a grey tick on the axis a {period} without answers. A ringed pair of points is a change between the last two {period}s with answers that is significant after Holm's adjustment across every series: red when worse, green when better."))
                .Append("</p>\n<div class=\"multiples\">\n");
            foreach (var s in series)
            {
                MonitoringCharts.WriteSeries(html, s, report, names);
            }

            html.Append("</div></section>\n");
        }

        html.Append("<p class=\"muted\">").Append(ReportPage.E(
            $"{ReportPage.Count(report.UnknownTouchpointAnswers)} {(report.UnknownTouchpointAnswers == 1 ? "answer" : "answers")} on touchpoints not in the map and {ReportPage.Count(report.MalformedLines)} malformed {(report.MalformedLines == 1 ? "line" : "lines")} {(report.UnknownTouchpointAnswers + report.MalformedLines == 1 ? "was" : "were")} not used."))
            .Append("</p>\n");
        ReportPage.Close(html, map.Id, "Survey monitoring");
        return html.ToString();
    }

    /// <summary>The period's name: day, week or month.</summary>
    internal static string PeriodName(MonitoringPeriod period) => period switch { MonitoringPeriod.Day => "day", MonitoringPeriod.Month => "month", _ => "week" };

    /// <summary>How a series is named: the touchpoint's or stage's name (or "Whole journey") and the metric.</summary>
    internal static string SeriesName(MonitoringScope scope, string? id, SurveyMetric metric, ReportNames names) =>
        (scope switch
        {
            MonitoringScope.Touchpoint => names.Touchpoint(id ?? string.Empty),
            MonitoringScope.Stage => names.Stage(id ?? string.Empty),
            _ => "Whole journey",
        }) + " \u00B7 " + MetricName(metric);

    /// <summary>NPS, CSAT or CES.</summary>
    internal static string MetricName(SurveyMetric metric) => metric switch { SurveyMetric.Nps => "NPS", SurveyMetric.Csat => "CSAT", _ => "CES" };

    private static void WriteAlerts(StringBuilder html, MonitoringReport report, ReportNames names)
    {
        if (report.Alerts.Count == 0)
        {
            html.Append("<section id=\"alerts\" class=\"collapsed\"><h2>No alerts: no significant worsening, no small sample in the last period.</h2></section>\n");
            return;
        }

        html.Append("<section id=\"alerts\"><h2>Alerts</h2><p class=\"lead\">Significant worsening between the last two periods with answers (Holm-adjusted p < 0.05), then series whose last period has fewer than 30 answers.</p>\n<ul class=\"alerts\">\n"
            .Replace(" < ", " &lt; ", StringComparison.Ordinal));
        foreach (var alert in report.Alerts)
        {
            var series = report.Series.FirstOrDefault(s => s.Scope == alert.Scope && s.Id == alert.Id && s.Metric == alert.Metric);
            html.Append("<li class=\"alert ").Append(alert.Kind == MonitoringAlertKind.SignificantWorsening ? "worsening" : "small-sample").Append("\">")
                .Append(alert.Kind == MonitoringAlertKind.SignificantWorsening ? "<span class=\"pill red\">significant worsening</span> " : "<span class=\"pill amber\">small sample</span> ")
                .Append("<strong>").Append(ReportPage.E(SeriesName(alert.Scope, alert.Id, alert.Metric, names))).Append("</strong>")
                .Append(alert.Id is null ? string.Empty : " <span class=\"muted\">" + ReportPage.E($"({ScopeName(alert.Scope)} {alert.Id})") + "</span>")
                .Append(' ').Append(ReportPage.E(Detail(alert, series))).Append("</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string Detail(MonitoringAlert alert, MonitoringSeries? series)
    {
        if (series is null)
        {
            return string.Empty;
        }

        if (alert.Kind == MonitoringAlertKind.SignificantWorsening && series.Change is { } c)
        {
            var points = series.Points.ToDictionary(p => p.Start);
            var from = points.GetValueOrDefault(c.From)?.Value;
            var to = points.GetValueOrDefault(c.To)?.Value;
            return $"{Value(series.Metric, from)} \u2192 {Value(series.Metric, to)} ({c.From:yyyy-MM-dd} to {c.To:yyyy-MM-dd}, adjusted p {ReportPage.PValue(c.AdjustedPValue)})";
        }

        var lastPoint = series.Points.Count > 0 ? series.Points[^1] : null;
        return lastPoint is null ? string.Empty : $"n = {ReportPage.Count(lastPoint.N)} in the period of {lastPoint.Start:yyyy-MM-dd}";
    }

    private static void WritePlays(StringBuilder html, MonitoringReport report, ReportNames names)
    {
        if (report.FiredPlays.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"plays\"><h2>Fired plays</h2><p class=\"lead\">Plays on NPS, CSAT and CES whose condition holds in the last period.</p>\n<ul class=\"alerts\">\n");
        foreach (var fired in report.FiredPlays)
        {
            var play = names.Play(fired.PlaybookId, fired.PlayId);
            html.Append("<li><strong>").Append(ReportPage.E(play?.Action ?? fired.PlayId)).Append("</strong>")
                .Append(play?.Owner is { } owner ? " \u00B7 " + ReportPage.E(owner) : string.Empty)
                .Append(" <span class=\"muted\">").Append(ReportPage.E($"({fired.PlaybookId}/{fired.PlayId}, value {ReportText.Number(fired.Value, 2)})")).Append("</span></li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string ScopeName(MonitoringScope scope) => scope == MonitoringScope.Touchpoint ? "touchpoint" : scope == MonitoringScope.Stage ? "stage" : "journey";

    /// <summary>A value in the metric's unit: NPS and CSAT to one decimal, CES to two.</summary>
    internal static string Value(SurveyMetric metric, double? value) =>
        value is { } v ? ReportText.Number(v, metric == SurveyMetric.Ces ? 2 : 1) + (metric == SurveyMetric.Csat ? "\u00A0%" : string.Empty) : "\u2013";
}
