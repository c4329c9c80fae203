using System.Globalization;
using System.Text;
using JourneyKit.Monitoring;

namespace JourneyKit.Rendering;

/// <summary>The small multiple of one monitoring series: values per period, the interval band, the significant change.</summary>
internal static class MonitoringCharts
{
    private const double Width = 280;
    private const double Height = 150;
    private const double Left = 40;
    private const double Right = 10;
    private const double Top = 10;
    private const double Bottom = 28;

    /// <summary>Appends a <c>&lt;figure&gt;</c> with the caption and the chart of <paramref name="series"/>.</summary>
    public static void WriteSeries(StringBuilder html, MonitoringSeries series, MonitoringReport report, ReportNames names)
    {
        var alerted = report.Alerts.Any(a => a.Scope == series.Scope && a.Id == series.Id && a.Metric == series.Metric && a.Kind == MonitoringAlertKind.SignificantWorsening);
        var name = MonitoringReportHtml.SeriesName(series.Scope, series.Id, series.Metric, names);
        var filled = series.Points.Where(p => p.Value is not null).ToList();
        var lastFilled = filled.Count > 0 ? filled[^1] : null;
        html.Append("<figure class=\"series").Append(alerted ? " alerted" : string.Empty).Append("\"><figcaption>").Append(ReportPage.E(name))
            .Append("<span class=\"sub\">").Append(ReportPage.E(Caption(series, lastFilled))).Append("</span></figcaption>\n");

        var (min, max) = Domain(series.Metric, filled);
        var y = ChartScale.Linear(min, max, Height - Bottom, Top);
        var count = series.Points.Count;
        var step = count > 1 ? (Width - Left - Right - 12) / (count - 1) : 0;
        double X(int i) => count > 1 ? Left + 6 + (i * step) : Left + ((Width - Left - Right) / 2);
        var svg = new SvgCanvas(html);
        ReportPage.OpenSvg(svg, "series", Width, Height, name);
        foreach (var tick in y.LinearTicks(3))
        {
            svg.Line(Left, y.Map(tick), Width - Right, y.Map(tick), $"stroke=\"{(tick == min ? Palette.Rule : "#EEF2F7")}\"");
            svg.Text(Left - 5, y.Map(tick) + 3.5, ReportText.Number(tick, series.Metric == SurveyMetric.Ces ? 1 : 0), $"class=\"tick\" font-size=\"10\" fill=\"{Palette.Muted}\" text-anchor=\"end\"");
        }

        // The first and the last period always; between them as many as fit 70 px apart.
        var every = step > 0 ? Math.Max(1, (int)Math.Ceiling(70 / step)) : 1;
        for (var i = 0; i < count; i++)
        {
            var isLast = i == count - 1;
            // The first label carries the year and is wider: the next one keeps 85 px from it.
            if (i == 0 || isLast || (i % every == 0 && i * step >= 85 && (count - 1 - i) * step >= 70))
            {
                // The year once, on the first label (and again where it changes).
                var yearShown = i == 0 || series.Points[i].Start.Year != series.Points[0].Start.Year;
                svg.Text(X(i), Height - Bottom + 15, series.Points[i].Start.ToString(yearShown ? "yyyy-MM-dd" : "MM-dd", CultureInfo.InvariantCulture),
                    $"class=\"tick\" font-size=\"10\" fill=\"{Palette.Muted}\" text-anchor=\"{(count == 1 ? "middle" : i == 0 ? "start" : isLast ? "end" : "middle")}\"");
            }
        }

        var colour = series.Scope == MonitoringScope.Journey ? Palette.StageBand : Palette.Process;
        // The band only where consecutive periods have answers (an isolated period gets an interval bar); the line joins
        // every period with answers, across empty ones, which the axis marks with a grey tick.
        foreach (var run in Runs(series.Points))
        {
            if (run.Count == 1)
            {
                var (i, p) = run[0];
                svg.Line(X(i), y.Map(p.Low ?? p.Value!.Value), X(i), y.Map(p.High ?? p.Value!.Value), $"class=\"band\" stroke=\"{colour}\" stroke-opacity=\"0.3\" stroke-width=\"6\"");
                continue;
            }

            var band = new StringBuilder("M");
            band.AppendJoin('L', run.Select(r => $"{SvgCanvas.Num(X(r.Index))} {SvgCanvas.Num(y.Map(r.Point.High ?? r.Point.Value!.Value))}"));
            band.Append('L');
            band.AppendJoin('L', run.AsEnumerable().Reverse().Select(r => $"{SvgCanvas.Num(X(r.Index))} {SvgCanvas.Num(y.Map(r.Point.Low ?? r.Point.Value!.Value))}"));
            band.Append('Z');
            svg.Path(band.ToString(), $"class=\"band\" fill=\"{colour}\" fill-opacity=\"0.15\" stroke=\"none\"");
        }

        for (var i = 0; i < count; i++)
        {
            if (series.Points[i].Value is null)
            {
                svg.Line(X(i), Height - Bottom - 4, X(i), Height - Bottom + 2, $"class=\"empty\" stroke=\"{Palette.Muted}\" stroke-width=\"1.5\"");
            }
        }

        var filledIndexes = Enumerable.Range(0, count).Where(i => series.Points[i].Value is not null).ToList();
        if (filledIndexes.Count > 1)
        {
            svg.Path("M" + string.Join('L', filledIndexes.Select(i => $"{SvgCanvas.Num(X(i))} {SvgCanvas.Num(y.Map(series.Points[i].Value!.Value))}")),
                $"class=\"line\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"");
        }

        var change = series.Change is { Significant: true } c ? c : null;
        for (var i = 0; i < count; i++)
        {
            var p = series.Points[i];
            if (p.Value is not { } v)
            {
                continue;
            }

            svg.Raw("<circle cx=\"").Raw(SvgCanvas.Num(X(i))).Raw("\" cy=\"").Raw(SvgCanvas.Num(y.Map(v))).Raw($"\" r=\"3\" class=\"point\" fill=\"{colour}\" stroke=\"#FFFFFF\">");
            svg.Title($"{name}, {p.Start:yyyy-MM-dd}: {MonitoringReportHtml.Value(series.Metric, v)} [{MonitoringReportHtml.Value(series.Metric, p.Low)}, {MonitoringReportHtml.Value(series.Metric, p.High)}], n = {ReportPage.Count(p.N)}");
            svg.Raw("</circle>");
            if (change is not null && (p.Start == change.From || p.Start == change.To))
            {
                var worse = change.Direction == MonitoringChangeDirection.Worse;
                svg.Circle(X(i), y.Map(v), 7, $"class=\"change\" fill=\"none\" stroke=\"{(worse ? Palette.Pain : Palette.Delight)}\" stroke-width=\"2\"");
            }
        }

        svg.Raw("</svg>");
        html.Append("</figure>\n");
    }

    private static string Caption(MonitoringSeries series, MonitoringPoint? last)
    {
        var text = new StringBuilder();
        if (last is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{MonitoringReportHtml.Value(series.Metric, last.Value)} (n = {ReportPage.Count(last.N)}, {last.Start:yyyy-MM-dd})");
        }

        if (series.Change is { } c)
        {
            var difference = ReportText.Delta(c.Difference, series.Metric == SurveyMetric.Ces ? ReportText.FineDecimals : ReportText.ScoreDecimals);
            var direction = c.Direction switch { MonitoringChangeDirection.Better => "better", MonitoringChangeDirection.Worse => "worse", _ => "unchanged" };
            text.Append(CultureInfo.InvariantCulture, $" \u00B7 {difference} {direction}{(c.Significant ? ", significant" : string.Empty)}");
        }

        return text.ToString();
    }

    /// <summary>The value axis: the data's intervals with a margin, at least a tenth of the metric's scale, inside the scale.</summary>
    private static (double Min, double Max) Domain(SurveyMetric metric, IReadOnlyList<MonitoringPoint> filled)
    {
        var (low, high) = metric switch { SurveyMetric.Nps => (-100.0, 100.0), SurveyMetric.Csat => (0.0, 100.0), _ => (1.0, 7.0) };
        if (filled.Count == 0)
        {
            return (low, high);
        }

        var min = filled.Min(p => p.Low ?? p.Value!.Value);
        var max = filled.Max(p => p.High ?? p.Value!.Value);
        var span = Math.Max(max - min, (high - low) / 10);
        var mid = (min + max) / 2;
        min = Math.Max(low, mid - (span * 0.6));
        max = Math.Min(high, mid + (span * 0.6));
        var unit = metric == SurveyMetric.Ces ? 0.5 : 10;
        return (Math.Max(low, Math.Floor(min / unit) * unit), Math.Min(high, Math.Ceiling(max / unit) * unit));
    }

    /// <summary>The runs of consecutive points with a value, each point with its index.</summary>
    private static IEnumerable<List<(int Index, MonitoringPoint Point)>> Runs(IReadOnlyList<MonitoringPoint> points)
    {
        var run = new List<(int, MonitoringPoint)>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is null)
            {
                if (run.Count > 0)
                {
                    yield return run;
                    run = [];
                }

                continue;
            }

            run.Add((i, points[i]));
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
