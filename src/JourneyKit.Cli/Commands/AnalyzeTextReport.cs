using System.Globalization;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Cli.Commands;

/// <summary>The text form of <c>journeykit analyze</c>: the funnel as a table with bars, then the top paths.</summary>
internal static class AnalyzeTextReport
{
    private const int BarWidth = 30;
    private const string None = "-";
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;
    private static readonly string[] Eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    public static void Write(TextWriter output, JourneyMap map, JourneyAnalyticsReport report, string source)
    {
        output.WriteLine($"{map.Name} ({report.MapId}) — {source}");
        output.WriteLine($"{N(report.Events)} events, {N(report.Customers)} customers; customer-initiated contacts: {Percent(report.CustomerInitiatedShare)}");
        output.WriteLine($"Not used: {N(report.UnknownTouchpointEvents)} {Plural(report.UnknownTouchpointEvents, "event", "events")} on touchpoints not in the map, {N(report.MalformedLines)} malformed {Plural(report.MalformedLines, "line", "lines")}");
        output.WriteLine(report.Window is { } window
            ? $"Funnel: {string.Join(" > ", report.FunnelStageIds)} within a window of {Duration(window.Seconds)}"
            : $"Funnel: {string.Join(" > ", report.FunnelStageIds)}, no window");
        output.WriteLine();

        var names = report.Stages.Select(s => map.Stages.FirstOrDefault(m => m.Id == s.StageId)?.Name ?? s.StageId).ToArray();
        var nameWidth = Math.Max(5, names.Length == 0 ? 0 : names.Max(n => n.Length));
        var numberWidth = Math.Max(7, N(report.Customers).Length);
        output.WriteLine($"{"Stage".PadRight(nameWidth)}  {"Reach".PadLeft(numberWidth)}  {"Funnel".PadLeft(numberWidth)}  {"from prev.",10}  {"median time",12}  funnel of all customers");
        for (var i = 0; i < report.Stages.Count; i++)
        {
            var s = report.Stages[i];
            if (s.Funnel is not { } funnel)
            {
                output.WriteLine($"{names[i].PadRight(nameWidth)}  {N(s.Reach).PadLeft(numberWidth)}  {None.PadLeft(numberWidth)}  {None,10}  {None,12}  (not in the funnel)");
                continue;
            }

            var share = report.Customers == 0 ? 0 : (double)funnel / report.Customers;
            output.WriteLine(
                $"{names[i].PadRight(nameWidth)}  {N(s.Reach).PadLeft(numberWidth)}  {N(funnel).PadLeft(numberWidth)}  {Percent(s.ConversionFromPrevious),10}  {Duration(s.MedianSecondsFromPrevious),12}  {Bar(share)} {Percent(share)}");
            if (s.SecondsFromPrevious is { } p)
            {
                output.WriteLine($"{"".PadRight(nameWidth)}    time from previous: p25 {Duration(p.P25)}, p50 {Duration(p.P50)}, p75 {Duration(p.P75)}, p90 {Duration(p.P90)}, p95 {Duration(p.P95)}");
            }
        }

        if (report.SecondsToConvert is { } convert)
        {
            output.WriteLine($"Time to convert ({N(convert.N)} {Plural(convert.N, "customer", "customers")}): p25 {Duration(convert.P25)}, p50 {Duration(convert.P50)}, p75 {Duration(convert.P75)}, p90 {Duration(convert.P90)}, p95 {Duration(convert.P95)}");
        }

        if (report.Breakdown is { } breakdown)
        {
            WriteBreakdown(output, breakdown, names, nameWidth, numberWidth);
        }

        if (report.Cohorts is { } cohorts)
        {
            WriteCohorts(output, report, cohorts, numberWidth);
        }

        output.WriteLine();
        output.WriteLine(report.Paths.Count == 0 ? "No paths: no customer met a touchpoint of the map." : "Top paths (stages in time order, repeats folded)");
        foreach (var path in report.Paths)
        {
            output.WriteLine($"  {N(path.Customers).PadLeft(numberWidth)}  {string.Join(" > ", path.StageIds)}");
        }
    }

    /// <summary>One small funnel table per group; a row whose conversion differs significantly from the rest's is marked with *.</summary>
    private static void WriteBreakdown(TextWriter output, BreakdownAnalytics breakdown, string[] names, int nameWidth, int numberWidth)
    {
        output.WriteLine();
        output.WriteLine($"Breakdown by {breakdown.Column} ({breakdown.Attribution.ToString().ToLowerInvariant()} event), {N(breakdown.Groups.Count)} {Plural(breakdown.Groups.Count, "group", "groups")}; * = conversion differs from the rest's (Holm-adjusted p < 0.05)");
        if (breakdown.Groups.Count == 0)
        {
            output.WriteLine("  No groups: no customer met a touchpoint of the map.");
        }

        foreach (var group in breakdown.Groups)
        {
            var label = group.Other ? "other (merged groups)" : group.Value is null ? "(empty)" : $"'{group.Value}'";
            output.WriteLine();
            output.WriteLine($"  {label} — {N(group.Customers)} {Plural(group.Customers, "customer", "customers")}");
            output.WriteLine($"  {"Stage".PadRight(nameWidth)}  {"Reach".PadLeft(numberWidth)}  {"Funnel".PadLeft(numberWidth)}  {"from prev.",10}  {"vs rest",9}  {"adj. p",9}");
            for (var i = 0; i < group.Stages.Count; i++)
            {
                var s = group.Stages[i];
                if (s.Funnel is not { } funnel)
                {
                    output.WriteLine($"  {names[i].PadRight(nameWidth)}  {N(s.Reach).PadLeft(numberWidth)}  {None.PadLeft(numberWidth)}  {None,10}  {None,9}  {None,9}  (not in the funnel)");
                    continue;
                }

                var versus = s.VersusRest;
                var difference = versus?.Difference is { } d ? TextNumber.Points(d) : None;
                var p = versus?.AdjustedPValue is { } adjusted ? TextNumber.PValue(adjusted) : None;
                var mark = versus?.Significant == true ? "  *" : "";
                output.WriteLine($"  {names[i].PadRight(nameWidth)}  {N(s.Reach).PadLeft(numberWidth)}  {N(funnel).PadLeft(numberWidth)}  {Percent(s.ConversionFromPrevious),10}  {difference,9}  {p,9}{mark}");
            }
        }
    }

    /// <summary>Conversion per period: a row per cohort, its customers and the share of them at each funnel stage.</summary>
    private static void WriteCohorts(TextWriter output, JourneyAnalyticsReport report, CohortAnalytics cohorts, int numberWidth)
    {
        output.WriteLine();
        output.WriteLine($"Conversion by {cohorts.Period.ToString().ToLowerInvariant()} of entry (UTC{(cohorts.Period == CohortPeriod.Week ? ", weeks start on Monday" : "")}): share of the cohort at each funnel stage");
        if (cohorts.Groups.Count == 0)
        {
            output.WriteLine("  No cohorts: no customer entered the first funnel stage.");
            return;
        }

        var widths = report.FunnelStageIds.Select(id => Math.Max(8, id.Length)).ToArray();
        output.WriteLine($"  {"Start",-10}  {"Customers".PadLeft(Math.Max(9, numberWidth))}" + string.Concat(report.FunnelStageIds.Select((id, k) => "  " + id.PadLeft(widths[k]))));
        foreach (var cohort in cohorts.Groups)
        {
            var cells = cohort.Funnel.Select((count, k) => "  " + (cohort.Customers == 0 ? None : Percent((double)count / cohort.Customers)).PadLeft(widths[k]));
            output.WriteLine($"  {cohort.Start.ToString("yyyy-MM-dd", Culture),-10}  {N(cohort.Customers).PadLeft(Math.Max(9, numberWidth))}" + string.Concat(cells));
        }
    }

    internal static string Bar(double share)
    {
        var eighths = (int)Math.Round(Math.Clamp(share, 0, 1) * BarWidth * 8);
        return (new string('█', eighths / 8) + Eighths[eighths % 8]).PadRight(BarWidth);
    }

    // Figures by the one rule of every report (TextNumber over ReportText): times as `score` and the HTML report write
    // them (s below a minute, then min, h, d), percentages with at most one decimal, the ASCII minus, "-" for absent.
    internal static string Duration(double? seconds) => seconds is { } s ? TextNumber.Seconds(s) : None;

    private static string Percent(double? share) => share is { } s ? TextNumber.Percent(s) : None;

    private static string N(long value) => value.ToString("N0", Culture);

    private static string Plural(long count, string one, string many) => count == 1 ? one : many;
}
