using System.Globalization;
using System.Text;
using JourneyKit.Analytics;

namespace JourneyKit.Rendering;

/// <summary>The SVG charts of the analytics page: funnel, time to convert, breakdown, conversion over time.</summary>
internal static class AnalyticsCharts
{
    private const double LabelWidth = 210;
    private const double TimesLabelWidth = 260;

    /// <summary>The funnel's stages in funnel order (the report's stages that have a funnel count).</summary>
    public static IReadOnlyList<StageAnalytics> FunnelStages(JourneyAnalyticsReport report)
    {
        var byId = new Dictionary<string, StageAnalytics>(StringComparer.Ordinal);
        foreach (var stage in report.Stages)
        {
            byId.TryAdd(stage.StageId, stage);
        }

        return report.FunnelStageIds.Select(id => byId.GetValueOrDefault(id)).OfType<StageAnalytics>().Where(s => s.Funnel is not null).ToList();
    }

    /// <summary>The funnel: a bar per funnel stage, its count, share of all customers and conversion from the previous funnel stage.</summary>
    public static void WriteFunnel(StringBuilder html, JourneyAnalyticsReport report, IReadOnlyList<StageAnalytics> funnel, ReportNames names)
    {
        if (funnel.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"funnel\"><h2>Funnel</h2><p class=\"lead\">")
            .Append(ReportPage.E(report.Window is { } window
                ? $"Customers who reached each funnel stage in order within {DurationText.Of(window.Seconds)} of entering the first; bars are shares of all {ReportPage.Count(report.Customers)} customers."
                : $"Customers who reached each funnel stage in order (no conversion window); bars are shares of all {ReportPage.Count(report.Customers)} customers."))
            .Append("</p><div class=\"chart-scroll\">\n");
        const double row = 38, top = 28, barWidth = 440, countWidth = 150, convWidth = 130;
        var width = LabelWidth + barWidth + countWidth + convWidth;
        var height = top + (row * funnel.Count) + 8;
        var svg = new SvgCanvas(html);
        ReportPage.OpenSvg(svg, "funnel", width, height, "Funnel: customers per funnel stage");
        svg.Text(LabelWidth + barWidth + 10, 16, "customers \u00B7 of all", $"fill=\"{Palette.Muted}\" font-size=\"11\"");
        svg.Text(width - 6, 16, "from previous", $"fill=\"{Palette.Muted}\" font-size=\"11\" text-anchor=\"end\"");
        var total = Math.Max(1, report.Customers);
        for (var i = 0; i < funnel.Count; i++)
        {
            var stage = funnel[i];
            var y = top + (i * row);
            var count = stage.Funnel!.Value;
            var name = names.Stage(stage.StageId);
            svg.OpenGroup($"class=\"stage\" data-index=\"{i}\"");
            svg.Title($"{name} ({stage.StageId}): {ReportPage.Count(count)} customers"
                + (stage.ConversionFromPrevious is { } c ? $", {ReportText.Percent(c)} of the previous funnel stage" : string.Empty));
            svg.Text(LabelWidth - 10, y + 19, TextFit.Truncate(TextFit.OneLine(name), LabelWidth - 16, 13, bold: true), "font-size=\"13\" font-weight=\"700\" text-anchor=\"end\"");
            svg.Rect(LabelWidth, y + 4, barWidth, row - 10, "fill=\"#F1F5F9\"", 3);
            svg.Rect(LabelWidth, y + 4, barWidth * count / total, row - 10, $"class=\"bar\" fill=\"{Palette.StageBand}\"", 3);
            svg.Text(LabelWidth + barWidth + 10, y + 19, $"{ReportPage.Count(count)} \u00B7 {ReportText.Percent((double)count / total)}", "font-size=\"12.5\"");
            svg.Text(width - 6, y + 19, i == 0 ? "\u2013" : stage.ConversionFromPrevious is { } conversion ? "\u2193 " + ReportText.Percent(conversion) : "\u2013",
                $"font-size=\"12.5\" font-weight=\"700\" text-anchor=\"end\" fill=\"{(i == 0 ? Palette.Muted : Palette.Ink)}\"");
            svg.CloseGroup();
        }

        svg.Raw("</svg>");
        html.Append("\n</div></section>\n");
    }

    /// <summary>The time to convert of each step and of the whole funnel: p25–p75 band, p50 mark, whiskers to p90 and p95.</summary>
    public static void WriteTimes(StringBuilder html, JourneyAnalyticsReport report, IReadOnlyList<StageAnalytics> funnel, ReportNames names)
    {
        var rows = new List<(string Label, string Detail, TimePercentiles P)>();
        for (var i = 1; i < funnel.Count; i++)
        {
            if (funnel[i].SecondsFromPrevious is { } p)
            {
                rows.Add(($"{names.Stage(funnel[i - 1].StageId)} \u2192 {names.Stage(funnel[i].StageId)}", $"{ReportPage.Count(funnel[i].Funnel!.Value)} customers", p));
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var whole = report.SecondsToConvert is { } t && funnel.Count > 1 ? t : null;
        if (whole is not null)
        {
            rows.Add(("Whole funnel", $"{ReportPage.Count(whole.N)} customers", new TimePercentiles { P25 = whole.P25, P50 = whole.P50, P75 = whole.P75, P90 = whole.P90, P95 = whole.P95 }));
        }

        html.Append("<section id=\"time-to-convert\"><h2>Time to convert</h2><p class=\"lead\">")
            .Append("Time from the previous funnel stage, over the customers who made the step, on a logarithmic time axis: the box spans the middle half (p25 to p75), the bar inside is the median (p50), the whisker ends at p95 with a tick at p90.")
            .Append(whole is null ? string.Empty : " The last row is the whole funnel, from entering the first stage to reaching the last.")
            .Append("</p><div class=\"chart-scroll\">\n");
        const double row = 40, top = 14, plot = 520, valueWidth = 120, axis = 30;
        var width = TimesLabelWidth + plot + valueWidth + 10;
        var height = top + (row * rows.Count) + axis;
        var scale = ChartScale.Time(rows.SelectMany(r => new[] { r.P.P25, r.P.P95 }), TimesLabelWidth, TimesLabelWidth + plot);
        var svg = new SvgCanvas(html);
        ReportPage.OpenSvg(svg, "times", width, height, "Time to convert per step, logarithmic time axis");
        var bottom = top + (row * rows.Count);
        foreach (var (seconds, label) in scale.TimeTicksInside())
        {
            var x = scale.Map(seconds);
            svg.Line(x, top, x, bottom, "stroke=\"#E2E8F0\"");
            svg.Text(x, bottom + 16, label, $"class=\"tick\" font-size=\"11\" fill=\"{Palette.Muted}\" text-anchor=\"middle\"");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, detail, p) = rows[i];
            var y = top + (i * row);
            var mid = y + (row / 2);
            var isWhole = whole is not null && i == rows.Count - 1;
            if (isWhole)
            {
                svg.Line(12, y, width - 6, y, $"stroke=\"{Palette.Rule}\" stroke-dasharray=\"4 3\"");
            }

            svg.OpenGroup($"class=\"step{(isWhole ? " whole" : string.Empty)}\" data-index=\"{i}\"");
            svg.Title($"{label}: p25 {DurationText.Of(p.P25)}, p50 {DurationText.Of(p.P50)}, p75 {DurationText.Of(p.P75)}, p90 {DurationText.Of(p.P90)}, p95 {DurationText.Of(p.P95)} ({detail})");
            svg.Text(TimesLabelWidth - 10, mid - 2, TextFit.Truncate(TextFit.OneLine(label), TimesLabelWidth - 16, 12, bold: true), "font-size=\"12\" font-weight=\"700\" text-anchor=\"end\"");
            svg.Text(TimesLabelWidth - 10, mid + 12, detail, $"font-size=\"11\" fill=\"{Palette.Muted}\" text-anchor=\"end\"");
            var colour = isWhole ? Palette.Delight : Palette.Process;
            svg.Line(scale.Map(p.P75), mid, scale.Map(p.P95), mid, $"class=\"whisker\" stroke=\"{colour}\" stroke-width=\"2\"");
            svg.Line(scale.Map(p.P90), mid - 5, scale.Map(p.P90), mid + 5, $"class=\"p90\" stroke=\"{colour}\" stroke-width=\"2\"");
            svg.Line(scale.Map(p.P95), mid - 8, scale.Map(p.P95), mid + 8, $"class=\"p95\" stroke=\"{colour}\" stroke-width=\"2\"");
            var left = scale.Map(p.P25);
            svg.Rect(left, mid - 10, Math.Max(2, scale.Map(p.P75) - left), 20, $"class=\"iqr\" fill=\"{colour}\" fill-opacity=\"0.25\" stroke=\"{colour}\"", 3);
            svg.Line(scale.Map(p.P50), mid - 12, scale.Map(p.P50), mid + 12, $"class=\"p50\" stroke=\"{Palette.Ink}\" stroke-width=\"3\"");
            svg.Text(TimesLabelWidth + plot + 12, mid + 4, "median " + DurationText.Of(p.P50), "font-size=\"12\"");
            svg.CloseGroup();
        }

        svg.Raw("</svg>");
        html.Append("\n</div></section>\n");
    }

    /// <summary>The breakdown: for each funnel stage, a bar per group of its conversion, significant differences from the rest marked.</summary>
    public static void WriteBreakdown(StringBuilder html, JourneyAnalyticsReport report, IReadOnlyList<StageAnalytics> funnel, ReportNames names)
    {
        if (report.Breakdown is not { Groups.Count: > 0 } breakdown || funnel.Count == 0)
        {
            return;
        }

        var groups = breakdown.Groups;
        var stageIds = funnel.Select(s => s.StageId).ToList();
        html.Append("<section id=\"breakdown\"><h2>Breakdown by ").Append(ReportPage.E(breakdown.Column)).Append("</h2><p class=\"lead\">")
            .Append(ReportPage.E($"Customers grouped by the {breakdown.Column} of their {(breakdown.Attribution == BreakdownAttribution.Last ? "last" : "first")} event. For the first funnel stage a bar is the share of the group's customers who entered it; for each later one, the share of the group's customers at the previous funnel stage who went on. \u2605 marks a conversion significantly different from the rest of the journey's (two-proportion z test, Holm-adjusted p < 0.05)."))
            .Append("</p>\n<ul class=\"legend\">\n");
        for (var g = 0; g < groups.Count; g++)
        {
            html.Append("<li><span class=\"swatch s").Append(g % 8).Append("\"></span>").Append(ReportPage.E(GroupName(groups[g])))
                .Append(" <span class=\"muted\">(").Append(ReportPage.Count(groups[g].Customers)).Append(")</span></li>\n");
        }

        html.Append("</ul><div class=\"chart-scroll\">\n");
        var bar = Math.Clamp(360.0 / groups.Count, 6, 24);
        var category = Math.Max(120, (bar * groups.Count) + 28);
        const double left = 48, top = 22, plot = 240, bottomSpace = 40;
        var width = left + (category * stageIds.Count) + 12;
        var height = top + plot + bottomSpace;
        var y = ChartScale.Linear(0, 1, top + plot, top);
        var svg = new SvgCanvas(html);
        ReportPage.OpenSvg(svg, "breakdown", width, height, $"Conversion per funnel stage by {breakdown.Column}");
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Line(left, y.Map(tick), width - 12, y.Map(tick), $"stroke=\"{(tick == 0 ? Palette.Rule : "#EEF2F7")}\"");
            svg.Text(left - 6, y.Map(tick) + 4, ReportText.Number(tick * 100, 0) + " %", $"class=\"tick\" font-size=\"11\" fill=\"{Palette.Muted}\" text-anchor=\"end\"");
        }

        for (var k = 0; k < stageIds.Count; k++)
        {
            var x0 = left + (k * category) + ((category - (bar * groups.Count)) / 2);
            var stageName = names.Stage(stageIds[k]);
            svg.Text(left + (k * category) + (category / 2), top + plot + 18, TextFit.Truncate(TextFit.OneLine(stageName), category - 8, 12, bold: true),
                "font-size=\"12\" font-weight=\"700\" text-anchor=\"middle\"");
            svg.Text(left + (k * category) + (category / 2), top + plot + 33, k == 0 ? "entered" : "from previous", $"font-size=\"10.5\" fill=\"{Palette.Muted}\" text-anchor=\"middle\"");
            for (var g = 0; g < groups.Count; g++)
            {
                var stage = groups[g].Stages.FirstOrDefault(s => s.StageId == stageIds[k]);
                double? value = k == 0
                    ? (stage?.Funnel is { } entered && groups[g].Customers > 0 ? (double)entered / groups[g].Customers : null)
                    : stage?.ConversionFromPrevious;
                if (value is not { } v)
                {
                    continue;
                }

                var x = x0 + (g * bar);
                var significant = k > 0 && stage!.VersusRest is { Significant: true };
                svg.OpenGroup($"class=\"group-bar{(significant ? " significant" : string.Empty)}\" data-group=\"{g}\" data-stage=\"{k}\"");
                svg.Title($"{GroupName(groups[g])} \u00B7 {stageName}: {ReportText.Percent(v)}{VersusText(stage?.VersusRest)}");
                svg.Rect(x + 1, y.Map(v), bar - 2, y.Map(0) - y.Map(v), $"class=\"bar\" fill=\"{Palette.PersonaColour(g)}\"" + (significant ? $" stroke=\"{Palette.Ink}\" stroke-width=\"1.5\"" : string.Empty));
                if (significant)
                {
                    svg.Text(x + (bar / 2), y.Map(v) - 4, "\u2605", $"class=\"mark\" font-size=\"{SvgCanvas.Num(Math.Clamp(bar, 9, 14))}\" text-anchor=\"middle\" fill=\"{Palette.Ink}\"");
                }

                svg.CloseGroup();
            }
        }

        svg.Raw("</svg>");
        html.Append("\n</div></section>\n");
    }

    /// <summary>Conversion over time: for each funnel stage after the first, the share of each cohort's customers who reached it.</summary>
    public static void WriteCohorts(StringBuilder html, JourneyAnalyticsReport report, IReadOnlyList<StageAnalytics> funnel, ReportNames names)
    {
        if (report.Cohorts is not { Groups.Count: > 0 } cohorts || funnel.Count < 2)
        {
            return;
        }

        var groups = cohorts.Groups;
        var period = cohorts.Period switch { CohortPeriod.Day => "day", CohortPeriod.Month => "month", _ => "week" };
        html.Append("<section id=\"cohorts\"><h2>Conversion over time</h2><p class=\"lead\">")
            .Append(ReportPage.E($"Customers grouped by the {period} (UTC{(cohorts.Period == CohortPeriod.Week ? ", ISO weeks" : string.Empty)}) they entered the funnel; a line per funnel stage is the share of each {period}'s customers who reached it. A {period} without customers leaves a gap."))
            .Append("</p>\n<ul class=\"legend\">\n");
        for (var k = 1; k < funnel.Count; k++)
        {
            html.Append("<li><span class=\"swatch s").Append((k - 1) % 8).Append("\"></span>").Append(ReportPage.E(names.Stage(funnel[k].StageId))).Append("</li>\n");
        }

        html.Append("</ul><div class=\"chart-scroll\">\n");
        const double left = 48, top = 14, plot = 240, bottomSpace = 44;
        var step = Math.Clamp(760.0 / Math.Max(1, groups.Count - 1), 12, 80);
        var width = left + 24 + (step * Math.Max(1, groups.Count - 1)) + 40;
        var height = top + plot + bottomSpace;
        var y = ChartScale.Linear(0, 1, top + plot, top);
        double X(int i) => left + 24 + (i * step);
        var svg = new SvgCanvas(html);
        ReportPage.OpenSvg(svg, "cohorts", width, height, "Conversion over time per funnel stage");
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Line(left, y.Map(tick), width - 12, y.Map(tick), $"stroke=\"{(tick == 0 ? Palette.Rule : "#EEF2F7")}\"");
            svg.Text(left - 6, y.Map(tick) + 4, ReportText.Number(tick * 100, 0) + " %", $"class=\"tick\" font-size=\"11\" fill=\"{Palette.Muted}\" text-anchor=\"end\"");
        }

        // Date labels at least 84 px apart; the first and the last always.
        var every = (int)Math.Ceiling(84 / step);
        for (var i = 0; i < groups.Count; i++)
        {
            if (i % every == 0 || i == groups.Count - 1)
            {
                if (i == groups.Count - 1 && i % every != 0 && (i % every) * step < 84)
                {
                    continue;
                }

                svg.Line(X(i), top + plot, X(i), top + plot + 4, $"stroke=\"{Palette.Rule}\"");
                svg.Text(X(i), top + plot + 18, groups[i].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"class=\"tick\" font-size=\"11\" fill=\"{Palette.Muted}\" text-anchor=\"middle\"");
            }
        }

        for (var k = 1; k < funnel.Count; k++)
        {
            var colour = Palette.PersonaColour(k - 1);
            var stageName = names.Stage(funnel[k].StageId);
            svg.OpenGroup($"class=\"series\" data-stage=\"{k}\"");
            svg.Title("Conversion to " + stageName + " per cohort");
            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Customers <= 0 || k >= groups[i].Funnel.Count)
                {
                    pen = false;
                    continue;
                }

                var v = (double)groups[i].Funnel[k] / groups[i].Customers;
                path.Append(pen ? 'L' : 'M').Append(SvgCanvas.Num(X(i))).Append(' ').Append(SvgCanvas.Num(y.Map(v)));
                pen = true;
            }

            if (path.Length > 0)
            {
                svg.Path(path.ToString(), $"class=\"line\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(k > 8 ? " stroke-dasharray=\"5 3\"" : string.Empty)}");
            }

            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Customers <= 0 || k >= groups[i].Funnel.Count)
                {
                    continue;
                }

                var v = (double)groups[i].Funnel[k] / groups[i].Customers;
                svg.Raw("<circle cx=\"").Raw(SvgCanvas.Num(X(i))).Raw("\" cy=\"").Raw(SvgCanvas.Num(y.Map(v))).Raw($"\" r=\"3.5\" class=\"point\" fill=\"{colour}\" stroke=\"#FFFFFF\">");
                svg.Title($"{stageName}, {groups[i].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {ReportText.Percent(v)} of {ReportPage.Count(groups[i].Customers)} customers");
                svg.Raw("</circle>");
            }

            svg.CloseGroup();
        }

        svg.Raw("</svg>");
        html.Append("\n</div></section>\n");
    }

    /// <summary>How a breakdown group is named on the page.</summary>
    public static string GroupName(BreakdownGroup group) => group.Other ? "all other values" : group.Value is null ? "(empty)" : group.Value;

    private static string VersusText(VersusRest? versus) => versus switch
    {
        null => string.Empty,
        { PValue: { } p, AdjustedPValue: { } adjusted } => $"; {Signed(versus.Difference)} against the rest, p {ReportPage.PValue(p)}, Holm-adjusted p {ReportPage.PValue(adjusted)}{(versus.Significant ? ", significant" : string.Empty)}",
        { Difference: not null } => $"; {Signed(versus.Difference)} against the rest (too few customers to test)",
        _ => string.Empty,
    };

    private static string Signed(double? difference) =>
        difference is { } d ? ReportText.Delta(d * 100, 1) + " points" : "\u2013";
}
