using System.Globalization;
using System.Text;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Cli.Commands;

/// <summary>The terminal summary of a score report: what a CX lead reads first.</summary>
internal static class ScoreTextReport
{
    /// <summary>How many pain points the report lists unless <c>--top</c> says otherwise.</summary>
    public const int DefaultTopPainPoints = 5;
    private const int TopBacklog = 5;
    private const string None = "-";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, JourneyMap map, JourneyScoreReport report, int topPainPoints = DefaultTopPainPoints)
    {
        var text = new StringBuilder();
        text.Append(map.Id).Append(": ").AppendLine(map.Name);
        text.Append("Journey score: ").Append(Score(report.JourneyScore)).AppendLine(report.JourneyScore is null ? string.Empty : " / 100");

        if (report.Personas.Count > 0)
        {
            text.AppendLine().AppendLine("Personas");
            TextTable.Write(text, ["Persona", "Score", "Peak-end"], [false, true, true],
                report.Personas.Select(p => new[] { p.PersonaId, Score(p.Score), p.PeakEnd is { } pe ? TextNumber.Signed(pe) : None }));
        }

        text.AppendLine().AppendLine("Stages (survey figures with 95 % intervals)");
        TextTable.Write(text, ["Stage", "Score", "NPS", "CSAT", "CES", "Lead time", "PCE"], [false, true, true, true, true, true, true],
            report.Stages.Select(s => new[]
            {
                s.StageId, Score(s.Score), Estimate(s.Nps), Estimate(s.Csat), Estimate(s.Ces, TextNumber.FineDecimals),
                Minutes(s.ValueStream.LeadTimeMinutes), Percent(s.ValueStream.ProcessCycleEfficiency),
            }));

        var stream = report.ValueStream;
        text.AppendLine()
            .Append("Value stream: lead time ").Append(Minutes(stream.LeadTimeMinutes))
            .Append(", value-added ").Append(Minutes(stream.ValueAddedMinutes))
            .Append(", PCE ").Append(Percent(stream.ProcessCycleEfficiency))
            .Append(", rolled %C&A ").Append(Percent(stream.RolledCompleteAccurate))
            .Append(", bottleneck ").Append(stream.BottleneckTouchpointId ?? None)
            .Append(", handoffs ").Append(stream.Handoffs.ToString(Invariant))
            .AppendLine();
        text.Append("Waste: ").AppendLine(stream.WasteTouchpointIds.Count == 0 ? "none" : string.Join(", ", stream.WasteTouchpointIds));
        text.Append("Customer-initiated share: ").AppendLine(Percent(report.CustomerInitiatedShare));

        WritePainPoints(text, report, topPainPoints);
        WriteOutcomes(text, report);
        WriteKpis(text, map, report);
        WriteBenchmarks(text, report);
        WriteBacklog(text, report);
        WritePlays(text, map, report);
        output.Write(text.ToString());
    }

    private static void WritePainPoints(StringBuilder text, JourneyScoreReport report, int topPainPoints)
    {
        text.AppendLine();
        if (report.PainPoints.Count == 0)
        {
            text.AppendLine("Pain points: none");
            return;
        }

        var rows = report.Touchpoints.ToDictionary(t => t.TouchpointId, StringComparer.Ordinal);
        var top = report.PainPointsWorstFirst()
            .Take(topPainPoints)
            .Select(p => (Pain: p, Row: rows.GetValueOrDefault(p.TouchpointId)))
            .ToList();
        text.Append("Top pain points (").Append(top.Count.ToString(Invariant)).Append(" of ").Append(report.PainPoints.Count.ToString(Invariant)).AppendLine(")");
        TextTable.Write(text, ["Touchpoint", "Stage", "Score", "Reasons", "Personas"], [false, false, true, false, false],
            top.Select(x => new[]
            {
                x.Pain.TouchpointId, x.Row?.StageId ?? None, Score(x.Row?.Score),
                string.Join(", ", x.Pain.Reasons.Select(Camel)),
                x.Pain.PersonaIds.Count == 0 ? None : string.Join(", ", x.Pain.PersonaIds),
            }));
    }

    private static void WriteOutcomes(StringBuilder text, JourneyScoreReport report)
    {
        text.AppendLine();
        var underserved = report.Outcomes.Where(o => o.Classification == OutcomeClassification.Underserved).ToList();
        if (underserved.Count == 0)
        {
            text.AppendLine("Underserved outcomes: none");
            return;
        }

        text.AppendLine("Underserved outcomes");
        TextTable.Write(text, ["Outcome", "Opportunity", "Importance", "Satisfaction"], [false, true, true, true],
            underserved.Select(o => new[] { o.OutcomeId, Score(o.Opportunity), Score(o.Importance), Score(o.Satisfaction) }));
    }

    private static void WriteKpis(StringBuilder text, JourneyMap map, JourneyScoreReport report)
    {
        text.AppendLine();
        if (report.Kpis.Count == 0)
        {
            text.AppendLine("KPIs: none");
            return;
        }

        var kpis = map.Kpis.GroupBy(k => k.Id).ToDictionary(g => g.Key, g => g.First());
        text.AppendLine("KPIs");
        TextTable.Write(text, ["KPI", "Name", "Baseline", "Value", "Target", "Attainment", "Status", "Trend"], [false, false, true, true, true, true, false, false],
            report.Kpis.Select(k => new[]
            {
                k.KpiId, kpis.GetValueOrDefault(k.KpiId)?.Name ?? None,
                WithUnit(kpis.GetValueOrDefault(k.KpiId)?.Baseline, kpis.GetValueOrDefault(k.KpiId)?.Unit),
                WithUnit(k.Value, kpis.GetValueOrDefault(k.KpiId)?.Unit), WithUnit(k.Target, kpis.GetValueOrDefault(k.KpiId)?.Unit),
                Percent(k.Attainment), Camel(k.Status),
                k.SlopePerDay is { } slope
                    ? $"{Camel(k.Trend)} ({TextNumber.Format(slope, "+0.###;-0.###;0")}/day)"
                    : Camel(k.Trend),
            }));
    }

    private static void WriteBenchmarks(StringBuilder text, JourneyScoreReport report)
    {
        text.AppendLine();
        if (report.Benchmarks.Count == 0)
        {
            text.AppendLine("Competitor benchmarks: none");
            return;
        }

        text.AppendLine("Competitor benchmarks (each stage against the best competitor score)");
        TextTable.Write(text, ["Stage", "Score", "Best competitor", "Their score", "Gap", "Position"], [false, true, false, true, true, false],
            report.Benchmarks.Select(b => new[]
            {
                b.StageId, Score(b.Score), b.BestCompetitorId, Score(b.BestScore),
                b.Gap is { } gap ? TextNumber.Delta(gap, TextNumber.ScoreDecimals) : None,
                b.Position is { } position ? Camel(position) : None,
            }));
    }

    private static void WriteBacklog(StringBuilder text, JourneyScoreReport report)
    {
        text.AppendLine();
        if (report.Backlog.Count == 0)
        {
            text.AppendLine("Backlog: empty");
            return;
        }

        var top = report.Backlog.Take(TopBacklog).ToList();
        text.Append("Backlog (top ").Append(top.Count.ToString(Invariant)).Append(" of ").Append(report.Backlog.Count.ToString(Invariant)).AppendLine(" by RICE)");
        TextTable.Write(text, ["Rank", "Opportunity", "RICE"], [true, false, true],
            top.Select(b => new[] { b.Rank.ToString(Invariant), b.OpportunityId, TextNumber.Number(b.Rice, 0) }));
    }

    private static void WritePlays(StringBuilder text, JourneyMap map, JourneyScoreReport report)
    {
        text.AppendLine();
        if (report.FiredPlays.Count == 0)
        {
            text.AppendLine("Fired plays: none");
            return;
        }

        var plays = map.Playbooks
            .SelectMany(b => b.Plays.Select(p => (Key: (b.Id, p.Id), Play: p)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.First().Play);
        text.AppendLine("Fired plays");
        TextTable.Write(text, ["Priority", "Play", "Because", "Action", "Owner"], [true, false, false, false, false],
            report.FiredPlays.Select(f =>
            {
                var play = plays.GetValueOrDefault((f.PlaybookId, f.PlayId));
                return new[]
                {
                    f.Priority?.ToString(Invariant) ?? None, $"{f.PlaybookId}/{f.PlayId}", Because(play?.When, f.Value),
                    play?.Action ?? None, play?.Owner ?? None,
                };
            }));
    }


    /// <summary>What a fired play's value measures: <c>nps(t3) = -20 (lt -10)</c>.</summary>
    internal static string Because(PlayCondition? when, double? value)
    {
        if (when is null)
        {
            return Number(value);
        }

        var metric = Camel(when.Metric);
        var measured = when.TargetId is null ? metric : $"{metric}({when.TargetId})";
        return $"{measured} = {Number(value)} ({Camel(when.Op)} {TextNumber.Fine(when.Value)})";
    }

    // Figures by the rendered reports' rules (TextNumber over ReportText), so the text, the HTML and the Markdown agree.
    private static string Score(double? value) => value is { } v ? TextNumber.Score(v) : None;

    private static string Number(double? value) => value is { } v ? TextNumber.Fine(v) : None;

    private static string WithUnit(double? value, string? unit) =>
        value is null || string.IsNullOrEmpty(unit) ? Number(value) : $"{Number(value)} {unit}";

    private static string Percent(double? share) => share is { } s ? TextNumber.Percent(s) : None;

    private static string Minutes(double? minutes) => minutes is { } m ? TextNumber.Minutes(m) : None;

    private static string Estimate(SurveyEstimate? estimate, int decimals = TextNumber.ScoreDecimals) => estimate is { } e
        ? $"{TextNumber.Number(e.Value, decimals)} [{TextNumber.Number(e.Low, decimals)}, {TextNumber.Number(e.High, decimals)}] n={e.N.ToString(Invariant)}"
        : None;

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
