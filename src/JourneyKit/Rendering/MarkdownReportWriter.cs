using System.Globalization;
using System.Text;
using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes the Markdown report for pull requests and wikis: summary, the Mermaid journey diagram in a
/// <c>mermaid</c> code block (GitHub, GitLab and most wikis draw it), and the score tables. Every user
/// string goes through <see cref="MarkdownText"/> (or <see cref="MermaidText"/> inside the diagram).
/// </summary>
internal static class MarkdownReportWriter
{
    private const string None = "\u2013";

    /// <summary>Writes the report of <paramref name="view"/>.</summary>
    public static string Write(JourneyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var md = new StringBuilder(16 * 1024);
        var map = view.Map;
        var report = view.Report;
        var lookup = new Lookup(view);

        md.Append("# ").Append(M(map.Name)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(map.Description))
        {
            md.Append(M(map.Description)).Append("\n\n");
        }

        if (view.Selected is not null)
        {
            md.Append("Persona view: **").Append(M(view.Selected.Name)).Append("** (only the touchpoints this persona meets in the diagram).\n\n");
        }

        md.Append("| Journey score | Stages | Touchpoints | Pain points | Delights | Lead time | PCE |\n|---:|---:|---:|---:|---:|---:|---:|\n| ")
            .Append(report.JourneyScore is { } js ? "**" + ReportText.Number(js, 1) + "**" : None).Append(" | ")
            .Append(map.Stages.Count.ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(map.Stages.Sum(s => s.Touchpoints.Count).ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(report.PainPoints.Count.ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(report.Delights.Count.ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(report.ValueStream.LeadTimeMinutes is { } lead ? ReportText.Minutes(lead) : None).Append(" | ")
            .Append(report.ValueStream.ProcessCycleEfficiency is { } pce ? ReportText.Percent(pce) : None).Append(" |\n\n");

        md.Append("## Journey\n\nScores 1\u20135 from emotion -3\u2026+3 (").Append(view.Selected is null ? "mean over the personas who meet the touchpoint" : "this persona's emotion")
            .Append("); a touchpoint without an emotion is drawn neutral (3).\n\n```mermaid\n");
        MermaidJourneyWriter.Write(view, md);
        md.Append("```\n\n");

        md.Append("## Stages\n\n| Stage | Desired outcome | Score | NPS (95 % CI, n) | CSAT (95 % CI, n) | CES (95 % CI, n) | Lead time | PCE |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        var stageRows = report.Stages.GroupBy(s => s.StageId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            stageRows.TryGetValue(stage.Id, out var row);
            md.Append("| ").Append(M(stage.Name)).Append(" | ").Append(M(stage.DesiredOutcome)).Append(" | ")
                .Append(row?.Score is { } s ? ReportText.Number(s, 1) : None).Append(" | ")
                .Append(Estimate(row?.Nps, 1)).Append(" | ").Append(Estimate(row?.Csat, 1)).Append(" | ").Append(Estimate(row?.Ces, 2)).Append(" | ")
                .Append(row?.ValueStream.LeadTimeMinutes is { } l ? ReportText.Minutes(l) : None).Append(" | ")
                .Append(row?.ValueStream.ProcessCycleEfficiency is { } p ? ReportText.Percent(p) : None).Append(" |\n");
        }

        md.Append('\n');
        Findings(md, "Pain points", report.PainPoints, lookup);
        Findings(md, "Moments of delight", report.Delights, lookup);

        md.Append("## Outcome opportunities\n\n");
        if (report.Outcomes.Count == 0)
        {
            md.Append("No outcomes in this map.\n\n");
        }
        else
        {
            md.Append("Opportunity = importance + max(importance - satisfaction, 0); underserved from 10.\n\n| Outcome | Importance | Satisfaction | Opportunity | Served |\n|---|---:|---:|---:|---|\n");
            foreach (var row in report.Outcomes)
            {
                md.Append("| ").Append(M(lookup.Outcome(row.OutcomeId)?.Statement ?? row.OutcomeId)).Append(" | ")
                    .Append(row.Importance is { } i ? ReportText.Number(i, 1) : None).Append(" | ")
                    .Append(row.Satisfaction is { } s ? ReportText.Number(s, 1) : None).Append(" | ")
                    .Append(row.Opportunity is { } o ? ReportText.Number(o, 1) : None).Append(" | ")
                    .Append(row.Classification switch
                    {
                        OutcomeClassification.Underserved => "**underserved**",
                        OutcomeClassification.Overserved => "overserved",
                        OutcomeClassification.AppropriatelyServed => "appropriately served",
                        _ => None,
                    }).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## KPIs\n\n");
        if (report.Kpis.Count == 0)
        {
            md.Append("No KPIs in this map.\n\n");
        }
        else
        {
            md.Append("| KPI | Current | Target | Attainment | Status | Trend |\n|---|---:|---:|---:|---|---|\n");
            foreach (var row in report.Kpis)
            {
                var kpi = lookup.Kpi(row.KpiId);
                var unit = kpi?.Unit is { Length: > 0 } u ? " " + M(u) : string.Empty;
                md.Append("| ").Append(M(kpi?.Name ?? row.KpiId)).Append(" | ")
                    .Append(row.Value is { } v ? ReportText.Number(v, 2) + unit : None).Append(" | ")
                    .Append(row.Target is { } t ? ReportText.Number(t, 2) + unit : None).Append(" | ")
                    .Append(row.Attainment is { } a ? ReportText.Percent(a) : None).Append(" | ")
                    .Append(row.Status switch
                    {
                        KpiStatus.Green => "\U0001F7E2 green",
                        KpiStatus.Amber => "\U0001F7E0 amber",
                        KpiStatus.Red => "\U0001F534 red",
                        _ => "\u26AA unknown",
                    }).Append(" | ")
                    .Append(row.Trend switch { KpiTrend.Improving => "improving", KpiTrend.Declining => "declining", _ => "flat" }).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## Backlog\n\n");
        if (report.Backlog.Count == 0)
        {
            md.Append("No opportunity with all four RICE inputs.\n\n");
        }
        else
        {
            md.Append("| Rank | Opportunity | RICE |\n|---:|---|---:|\n");
            foreach (var item in report.Backlog)
            {
                md.Append("| ").Append(item.Rank.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(M(lookup.Opportunity(item.OpportunityId)?.Title ?? item.OpportunityId)).Append(" | ")
                    .Append(ReportText.Number(item.Rice, 0)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## Fired plays\n\n");
        if (report.FiredPlays.Count == 0)
        {
            md.Append("No play fires.\n");
        }
        else
        {
            foreach (var fired in report.FiredPlays)
            {
                var (playbook, play) = lookup.Play(fired.PlaybookId, fired.PlayId);
                md.Append("- ").Append(fired.Priority is { } p ? "**P" + p.ToString(CultureInfo.InvariantCulture) + "** " : string.Empty)
                    .Append(M(play?.Action ?? fired.PlayId))
                    .Append(play?.Owner is { Length: > 0 } owner ? " (" + M(owner) + ")" : string.Empty)
                    .Append(" \u2014 ").Append(M(play is null ? ReportText.Number(fired.Value, 2) : lookup.ConditionText(play.When, fired.Value)))
                    .Append("; playbook ").Append(M(playbook?.Name ?? fired.PlaybookId)).Append('\n');
            }
        }

        return md.ToString();
    }

    private static void Findings(StringBuilder md, string title, IReadOnlyList<TouchpointFinding> findings, Lookup lookup)
    {
        md.Append("## ").Append(title).Append("\n\n");
        if (findings.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }

        foreach (var finding in findings)
        {
            md.Append("- ").Append(lookup.Number(finding.TouchpointId) is { } n ? n.ToString(CultureInfo.InvariantCulture) + "\\. " : string.Empty)
                .Append("**").Append(M(lookup.TouchpointName(finding.TouchpointId))).Append("** (")
                .Append(M(lookup.StageNameOf(finding.TouchpointId))).Append("): ")
                .Append(string.Join(", ", finding.Reasons.Select(ReportText.Reason)));
            if (finding.PersonaIds.Count > 0)
            {
                md.Append("; for ").Append(M(string.Join(", ", finding.PersonaIds.Select(lookup.PersonaName))));
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static string Estimate(SurveyEstimate? estimate, int decimals) => estimate is { } e
        ? $"{ReportText.Number(e.Value, decimals)} ({ReportText.Number(e.Low, decimals)}\u2013{ReportText.Number(e.High, decimals)}, n\u00A0{e.N.ToString(CultureInfo.InvariantCulture)})"
        : None;

    private static string M(string? text) => MarkdownText.Escape(text);
}
