using System.Globalization;
using System.Text;
using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes the HTML report: one file, no script, no external asset, a Content-Security-Policy that
/// forbids loading anything, and markup that is also well-formed XML (void elements closed, no named
/// entities), so it can be checked with an XML parser.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>The Content-Security-Policy of the page: nothing may load, inline styles and data images only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>Writes the report page of <paramref name="view"/> to <paramref name="output"/>, a piece at a time; with <paramref name="blueprint"/> its picture is the service blueprint.</summary>
    public static void Write(JourneyView view, bool blueprint, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(view);
        MarkupSpill.Stream(output, (html, sink) => Write(view, blueprint, html, sink));
    }

    /// <summary>Appends the page to <paramref name="html"/>; with a <paramref name="sink"/>, spilled to it whenever the builder grows large (<see cref="MarkupSpill"/>).</summary>
    private static void Write(JourneyView view, bool blueprint, StringBuilder html, TextWriter? sink)
    {
        var lookup = new Lookup(view);
        var map = view.Map;

        html.Append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta name=\"generator\" content=\"JourneyKit\" />\n")
            .Append("<title>").Append(E(map.Name)).Append(" \u2013 journey report</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");

        WriteHeader(html, view);
        html.Append("<main>\n");
        if (blueprint)
        {
            html.Append("<section id=\"blueprint\"><h2>Service blueprint</h2><p class=\"lead\">")
                .Append("Each column is a stage. Above the line of visibility: what the customer does, then one lane per department that owns touchpoints; below it, the business processes behind them by department. An arrow marks every handoff from one owner to another.")
                .Append("</p><div class=\"map-scroll\">\n");
            SvgBlueprintWriter.Write(view, html, standalone: false, sink);
            html.Append("</div></section>\n");
        }
        else
        {
            html.Append("<section id=\"map\"><h2>Journey map</h2><p class=\"lead\">")
                .Append(view.Selected is null
                    ? "Each column is a stage; the curves show how each persona feels at every touchpoint, numbered in journey order. Red marks a pain point, green a moment of delight."
                    : "The journey of " + E(view.Selected.Name) + ": only the touchpoints this persona meets, with its emotion at each. Red marks a pain point, green a moment of delight.")
                .Append("</p><div class=\"map-scroll\">\n");
            SvgJourneyMapWriter.Write(view, html, standalone: false, sink);
            html.Append("</div></section>\n");
        }

        WriteStages(html, view, lookup, sink);
        WriteFindings(html, view, lookup, sink);
        WriteTouchpoints(html, view, lookup, sink);
        WritePersonas(html, view);
        MarkupSpill.IfFull(html, sink);
        WriteOutcomes(html, view, lookup);
        MarkupSpill.IfFull(html, sink);
        WriteKpis(html, view, lookup);
        MarkupSpill.IfFull(html, sink);
        WriteBacklog(html, view, lookup, sink);
        WritePlays(html, view, lookup);
        MarkupSpill.IfFull(html, sink);
        WriteBenchmarks(html, view, lookup);

        html.Append("<footer>Map <code>").Append(E(map.Id)).Append("</code> \u00B7 format ").Append(E(map.SchemaVersion))
            .Append(" \u00B7 drawn by JourneyKit</footer>\n</main>\n</body>\n</html>\n");
    }

    private static void WriteHeader(StringBuilder html, JourneyView view)
    {
        var map = view.Map;
        var report = view.Report;
        html.Append("<header class=\"page\"><div class=\"inner\">\n<div class=\"kicker\">")
            .Append(map.State == MapState.Future ? "Future-state journey" : "Current-state journey")
            .Append(view.Selected is null ? string.Empty : " \u00B7 persona view: " + E(view.Selected.Name))
            .Append("</div>\n<h1>").Append(E(map.Name)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(map.Description))
        {
            html.Append("<p>").Append(E(map.Description)).Append("</p>\n");
        }

        html.Append("<ul class=\"tiles\">\n");
        Tile(html, "Journey score", report.JourneyScore is { } js ? ReportText.Number(js, 1) : "\u2013", ScoreClass(report.JourneyScore));
        Tile(html, "Stages", map.Stages.Count.ToString(CultureInfo.InvariantCulture), null);
        Tile(html, "Touchpoints", map.Stages.Sum(s => s.Touchpoints.Count).ToString(CultureInfo.InvariantCulture), null);
        // In a persona view the tiles count what holds for that persona (as the map's marks do); the lists stay journey-wide.
        var pains = view.Selected is null ? report.PainPoints.Count : view.Touchpoints.Count(t => t.Pain is not null);
        var delights = view.Selected is null ? report.Delights.Count : view.Touchpoints.Count(t => t.Delight is not null);
        Tile(html, view.Selected is null ? "Pain points" : "Pain points (persona)", pains.ToString(CultureInfo.InvariantCulture), pains > 0 ? "poor" : null);
        Tile(html, view.Selected is null ? "Delights" : "Delights (persona)", delights.ToString(CultureInfo.InvariantCulture), delights > 0 ? "good" : null);
        Tile(html, "Lead time", report.ValueStream.LeadTimeMinutes is { } lead ? ReportText.Minutes(lead) : "\u2013", null);
        Tile(html, "PCE", report.ValueStream.ProcessCycleEfficiency is { } pce ? ReportText.Percent(pce) : "\u2013", null);
        Tile(html, "Customer-initiated", report.CustomerInitiatedShare is { } share ? ReportText.Percent(share) : "\u2013", null);
        html.Append("</ul>\n</div></header>\n");
    }

    private static void Tile(StringBuilder html, string label, string value, string? cls) =>
        html.Append("<li><span class=\"label\">").Append(E(label)).Append("</span><span class=\"value")
            .Append(cls is null ? string.Empty : " " + cls).Append("\">").Append(E(value)).Append("</span></li>\n");

    private static void WriteStages(StringBuilder html, JourneyView view, Lookup lookup, TextWriter? sink)
    {
        html.Append("<section id=\"stages\"><h2>Stages</h2><p class=\"lead\">Stage score: mean of the touchpoint experience scores (0\u2013100). Survey figures with their 95\u00A0% intervals and answer counts.</p>\n")
            .Append("<div class=\"table-wrap\"><table><thead><tr><th>Stage</th><th class=\"num\">Score</th><th class=\"num\">NPS</th><th class=\"num\">CSAT</th><th class=\"num\">CES</th>")
            .Append("<th class=\"num\">Lead time</th><th class=\"num\">PCE</th><th>Bottleneck</th><th class=\"num\">Handoffs</th></tr></thead><tbody>\n");
        var rows = view.Report.Stages.ToDictionary(s => s.StageId, StringComparer.Ordinal);
        foreach (var stage in view.Map.Stages)
        {
            rows.TryGetValue(stage.Id, out var row);
            html.Append("<tr><td><strong>").Append(E(stage.Name)).Append("</strong>");
            if (!string.IsNullOrWhiteSpace(stage.DesiredOutcome))
            {
                html.Append("<span class=\"sub\">").Append(E(stage.DesiredOutcome)).Append("</span>");
            }

            html.Append("</td>").ScoreCell(row?.Score)
                .EstimateCell(row?.Nps, 1).EstimateCell(row?.Csat, 1).EstimateCell(row?.Ces, 2)
                .NumCell(row?.ValueStream.LeadTimeMinutes is { } lead ? ReportText.Minutes(lead) : null)
                .NumCell(row?.ValueStream.ProcessCycleEfficiency is { } pce ? ReportText.Percent(pce) : null)
                .Append("<td>").Append(row?.ValueStream.BottleneckTouchpointId is { } b ? lookup.TouchpointLabel(b) : "<span class=\"muted\">\u2013</span>").Append("</td>")
                .NumCell(row is null ? null : row.ValueStream.Handoffs.ToString(CultureInfo.InvariantCulture))
                .Append("</tr>\n");
            MarkupSpill.IfFull(html, sink);
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WriteFindings(StringBuilder html, JourneyView view, Lookup lookup, TextWriter? sink)
    {
        // Side by side when both have findings; otherwise one below the other, the empty one collapsed to a line.
        var both = view.Report.PainPoints.Count > 0 && view.Report.Delights.Count > 0;
        html.Append(both ? "<div class=\"grid-2\">\n" : "<div>\n");
        WriteFindingList(html, "pain-points", "Pain points", "pain", view.Report.PainPoints, lookup,
            "Touchpoints where emotion is low or falls sharply, effort is high, satisfaction low or detractors outnumber promoters.", sink);
        WriteFindingList(html, "delights", "Moments of delight", "delight", view.Report.Delights, lookup,
            "Touchpoints with high emotion or many promoters: worth protecting.", sink);
        html.Append("</div>\n");
    }

    private static void WriteFindingList(StringBuilder html, string id, string title, string cls, IReadOnlyList<TouchpointFinding> findings, Lookup lookup, string lead, TextWriter? sink)
    {
        if (findings.Count == 0)
        {
            // An empty list collapses to its heading: one line, no empty card.
            html.Append("<section id=\"").Append(id).Append("\" class=\"collapsed\"><h2>").Append(title).Append(": none</h2></section>\n");
            return;
        }

        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(title).Append("</h2><p class=\"lead\">").Append(lead).Append("</p>\n");

        html.Append("<ul class=\"findings\">\n");
        foreach (var finding in findings)
        {
            html.Append("<li>").Append(lookup.StepBadge(finding.TouchpointId, cls)).Append("<strong>").Append(E(lookup.TouchpointName(finding.TouchpointId))).Append("</strong>")
                .Append(" <span class=\"muted\">").Append(E(lookup.StageNameOf(finding.TouchpointId))).Append("</span><br />");
            foreach (var reason in finding.Reasons)
            {
                html.Append("<span class=\"reason\">").Append(E(ReportText.Reason(reason))).Append("</span>");
            }

            if (finding.PersonaIds.Count > 0)
            {
                html.Append(" <span class=\"muted\">for ").Append(E(string.Join(", ", finding.PersonaIds.Select(lookup.PersonaName)))).Append("</span>");
            }

            html.Append("</li>\n");
            MarkupSpill.IfFull(html, sink);
        }

        html.Append("</ul></section>\n");
    }

    private static void WriteTouchpoints(StringBuilder html, JourneyView view, Lookup lookup, TextWriter? sink)
    {
        html.Append("<section id=\"touchpoints\" class=\"long\"><h2>Touchpoints</h2><p class=\"lead\">Experience score 0\u2013100 (mean of the signals present), journey-wide emotion -3\u2026+3, survey figures with 95\u00A0% intervals.</p>\n")
            .Append("<div class=\"table-wrap\"><table><thead><tr><th>Touchpoint</th><th>Stage</th><th>Channel</th><th>Owner</th><th class=\"num\">Emotion</th><th class=\"num\">Score</th>")
            .Append("<th class=\"num\">NPS</th><th class=\"num\">CSAT</th><th class=\"num\">CES</th></tr></thead><tbody>\n");
        var rows = view.Report.Touchpoints.GroupBy(t => t.TouchpointId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var stage in view.Map.Stages)
        {
            foreach (var touchpoint in stage.Touchpoints)
            {
                rows.TryGetValue(touchpoint.Id, out var row);
                var emotion = PersonaEmotions.JourneyWide(view.Map.Personas, touchpoint);
                html.Append("<tr><td>").Append(lookup.StepBadge(touchpoint.Id, lookup.FindingClass(touchpoint.Id))).Append(E(touchpoint.Name)).Append("</td><td>")
                    .Append(E(stage.Name)).Append("</td><td>").Append(E(ChannelGlyphs.Label(touchpoint.Channel))).Append("</td><td>")
                    .Append(E(touchpoint.Owner)).Append("</td>")
                    .NumCell(emotion is { } e ? ReportText.Signed(e) : null)
                    .ScoreCell(row?.Score)
                    .EstimateCell(row?.Nps, 1).EstimateCell(row?.Csat, 1).EstimateCell(row?.Ces, 2)
                    .Append("</tr>\n");
                MarkupSpill.IfFull(html, sink);
            }
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WritePersonas(StringBuilder html, JourneyView view)
    {
        if (view.Map.Personas.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"personas\"><h2>Personas</h2><p class=\"lead\">Persona journey score: mean over stages of the persona's touchpoint scores. Peak\u2013end: (most intense emotion + last emotion) / 2, what the customer remembers.</p>\n")
            .Append("<div class=\"table-wrap\"><table><thead><tr><th>Persona</th><th>Segment</th><th class=\"num\">Weight</th><th class=\"num\">Journey score</th><th class=\"num\">Peak\u2013end</th></tr></thead><tbody>\n");
        var rows = view.Report.Personas.GroupBy(p => p.PersonaId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var persona in view.Map.Personas)
        {
            rows.TryGetValue(persona.Id, out var row);
            html.Append("<tr><td><strong>").Append(E(JourneyViewBuilder.DisplayName(persona))).Append("</strong>");
            if (!string.IsNullOrWhiteSpace(persona.Description))
            {
                html.Append("<span class=\"sub\">").Append(E(persona.Description)).Append("</span>");
            }

            html.Append("</td><td>").Append(E(persona.Segment)).Append("</td>")
                .NumCell(ReportText.Number(persona.Weight, 2))
                .ScoreCell(row?.Score)
                .NumCell(row?.PeakEnd is { } pe ? ReportText.Signed(pe) : null)
                .Append("</tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WriteOutcomes(StringBuilder html, JourneyView view, Lookup lookup)
    {
        html.Append("<section id=\"outcomes\"><h2>Outcome opportunities</h2><p class=\"lead\">Opportunity = importance + max(importance - satisfaction, 0), 0\u201320; underserved from 10. Highest first.</p>\n");
        if (view.Report.Outcomes.Count == 0)
        {
            html.Append("<p class=\"muted\">No outcomes in this map.</p></section>\n");
            return;
        }

        html.Append("<div class=\"chart-row\">");
        OpportunityChartWriter.Write(view.Map, view.Report, html);
        html.Append("<div class=\"table-wrap\"><table><thead><tr><th class=\"num\">#</th><th>Outcome</th><th>Stage</th><th class=\"num\">Importance</th><th class=\"num\">Satisfaction</th><th class=\"num\">Opportunity</th><th>Served</th></tr></thead><tbody>\n");
        var number = 0;
        foreach (var row in view.Report.Outcomes)
        {
            number++;
            var outcome = lookup.Outcome(row.OutcomeId);
            html.Append("<tr>").NumCell(number.ToString(CultureInfo.InvariantCulture)).Append("<td>").Append(E(outcome?.Statement ?? row.OutcomeId));
            if (outcome is not null)
            {
                html.Append("<span class=\"sub\">").Append(outcome.Kind == OutcomeKind.Relief ? "relief" : "positive")
                    .Append(outcome.PersonaId is { } pid ? " \u00B7 " + E(lookup.PersonaName(pid)) : string.Empty).Append("</span>");
            }

            html.Append("</td><td>").Append(E(outcome?.StageId is { } sid ? lookup.StageName(sid) : null)).Append("</td>")
                .NumCell(row.Importance is { } i ? ReportText.Number(i, 1) : null)
                .NumCell(row.Satisfaction is { } s ? ReportText.Number(s, 1) : null)
                .NumCell(row.Opportunity is { } o ? ReportText.Number(o, 1) : null)
                .Append("<td>").Append(row.Classification switch
                {
                    OutcomeClassification.Underserved => "<span class=\"pill red\">underserved</span>",
                    OutcomeClassification.Overserved => "<span class=\"pill unknown\">overserved</span>",
                    OutcomeClassification.AppropriatelyServed => "<span class=\"pill green\">appropriately served</span>",
                    _ => "<span class=\"muted\">\u2013</span>",
                }).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></div></section>\n");
    }

    private static void WriteKpis(StringBuilder html, JourneyView view, Lookup lookup)
    {
        html.Append("<section id=\"kpis\"><h2>KPIs</h2><p class=\"lead\">Attainment = progress from baseline to target; green from 100\u00A0%, amber from 50\u00A0%, red below.</p>\n");
        if (view.Report.Kpis.Count == 0)
        {
            html.Append("<p class=\"muted\">No KPIs in this map.</p></section>\n");
            return;
        }

        html.Append("<div class=\"table-wrap\"><table><thead><tr><th>KPI</th><th>Scope</th><th class=\"num\">Current</th><th class=\"num\">Baseline</th><th class=\"num\">Target</th><th class=\"num\">Attainment</th><th>Status</th><th>Trend</th></tr></thead><tbody>\n");
        foreach (var row in view.Report.Kpis)
        {
            var kpi = lookup.Kpi(row.KpiId);
            var unit = kpi?.Unit is { Length: > 0 } u ? "\u00A0" + u : string.Empty;
            html.Append("<tr><td><strong>").Append(E(kpi?.Name ?? row.KpiId)).Append("</strong><span class=\"sub\">")
                .Append(kpi?.Category switch { KpiCategory.CustomerBehavior => "customer behaviour", KpiCategory.OrganizationalBehavior => "organisational behaviour", _ => string.Empty })
                .Append("</span></td><td>").Append(E(lookup.ScopeText(kpi?.Scope))).Append("</td>")
                .NumCell(row.Value is { } v ? ReportText.Number(v, 2) + unit : null)
                .NumCell(kpi?.Baseline is { } b ? ReportText.Number(b, 2) + unit : null)
                .NumCell(row.Target is { } t ? ReportText.Number(t, 2) + unit : null)
                .NumCell(row.Attainment is { } a ? ReportText.Percent(a) : null)
                .Append("<td>").Append(row.Status switch
                {
                    KpiStatus.Green => "<span class=\"pill green\">green</span>",
                    KpiStatus.Amber => "<span class=\"pill amber\">amber</span>",
                    KpiStatus.Red => "<span class=\"pill red\">red</span>",
                    _ => "<span class=\"pill unknown\">unknown</span>",
                }).Append("</td><td>").Append(row.Trend switch
                {
                    KpiTrend.Improving => "\u25B2 improving",
                    KpiTrend.Declining => "\u25BC declining",
                    _ => "\u25B6 flat",
                }).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WriteBacklog(StringBuilder html, JourneyView view, Lookup lookup, TextWriter? sink)
    {
        html.Append("<section id=\"backlog\"><h2>Backlog</h2><p class=\"lead\">RICE = reach \u00D7 impact \u00D7 confidence \u00F7 effort; done and dropped opportunities left out.</p>\n");
        if (view.Report.Backlog.Count == 0)
        {
            html.Append("<p class=\"muted\">No opportunity with all four RICE inputs.</p></section>\n");
            return;
        }

        html.Append("<div class=\"table-wrap\"><table><thead><tr><th class=\"num\">Rank</th><th>Opportunity</th><th>Status</th><th class=\"num\">Reach</th><th class=\"num\">Impact</th><th class=\"num\">Confidence</th><th class=\"num\">Effort</th><th class=\"num\">RICE</th></tr></thead><tbody>\n");
        foreach (var item in view.Report.Backlog)
        {
            var opportunity = lookup.Opportunity(item.OpportunityId);
            html.Append("<tr>").NumCell(item.Rank.ToString(CultureInfo.InvariantCulture)).Append("<td><strong>").Append(E(opportunity?.Title ?? item.OpportunityId)).Append("</strong>");
            if (opportunity is { TouchpointIds.Count: > 0 })
            {
                html.Append("<span class=\"sub\">").Append(E(string.Join(", ", opportunity.TouchpointIds.Select(lookup.TouchpointName)))).Append("</span>");
            }

            html.Append("</td><td>").Append(E(opportunity is null ? null : StatusText(opportunity.Status))).Append("</td>")
                .NumCell(opportunity?.Reach is { } r ? ReportText.Number(r, 0) : null)
                .NumCell(opportunity?.Impact is { } i ? ReportText.Number(i, 2) : null)
                .NumCell(opportunity?.Confidence is { } c ? ReportText.Percent(c) : null)
                .NumCell(opportunity?.Effort is { } e ? ReportText.Number(e, 2) : null)
                .Append("<td class=\"num\"><strong>").Append(ReportText.Number(item.Rice, 0)).Append("</strong></td></tr>\n");
            MarkupSpill.IfFull(html, sink);
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WritePlays(StringBuilder html, JourneyView view, Lookup lookup)
    {
        html.Append("<section id=\"plays\"><h2>Fired plays</h2><p class=\"lead\">Playbook rules whose condition holds on this report, most urgent first.</p>\n");
        if (view.Report.FiredPlays.Count == 0)
        {
            html.Append("<p class=\"muted\">No play fires.</p></section>\n");
            return;
        }

        html.Append("<div class=\"table-wrap\"><table><thead><tr><th class=\"num\">Priority</th><th>Action</th><th>Owner</th><th>Because</th><th>Playbook</th></tr></thead><tbody>\n");
        foreach (var fired in view.Report.FiredPlays)
        {
            var (playbook, play) = lookup.Play(fired.PlaybookId, fired.PlayId);
            html.Append("<tr>").NumCell(fired.Priority?.ToString(CultureInfo.InvariantCulture))
                .Append("<td><strong>").Append(E(play?.Action ?? fired.PlayId)).Append("</strong></td><td>").Append(E(play?.Owner)).Append("</td><td>")
                .Append(E(play is null ? ReportText.Number(fired.Value, 2) : lookup.ConditionText(play.When, fired.Value))).Append("</td><td>")
                .Append(E(playbook?.Name ?? fired.PlaybookId)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void WriteBenchmarks(StringBuilder html, JourneyView view, Lookup lookup)
    {
        if (view.Report.Benchmarks.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"benchmarks\"><h2>Competitors</h2><p class=\"lead\">Our stage score against the best competitor's, stage by stage.</p>\n")
            .Append("<div class=\"table-wrap\"><table><thead><tr><th>Stage</th><th class=\"num\">Our score</th><th>Best competitor</th><th class=\"num\">Their score</th><th class=\"num\">Gap</th><th>Position</th></tr></thead><tbody>\n");
        foreach (var row in view.Report.Benchmarks)
        {
            html.Append("<tr><td>").Append(E(lookup.StageName(row.StageId))).Append("</td>").ScoreCell(row.Score)
                .Append("<td>").Append(E(lookup.CompetitorName(row.BestCompetitorId))).Append("</td>")
                .NumCell(ReportText.Number(row.BestScore, 1))
                .NumCell(row.Gap is { } g ? (g > 0 ? "+" : string.Empty) + ReportText.Number(g, 1) : null)
                .Append("<td>").Append(row.Position switch
                {
                    BenchmarkPosition.Leading => "<span class=\"pill green\">leading</span>",
                    BenchmarkPosition.Behind => "<span class=\"pill red\">behind</span>",
                    _ => "<span class=\"muted\">\u2013</span>",
                }).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static string StatusText(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Planned => "planned",
        OpportunityStatus.InProgress => "in progress",
        OpportunityStatus.Done => "done",
        OpportunityStatus.Dropped => "dropped",
        _ => "idea",
    };

    // The table cells are appended in place (extension methods on the builder), not made as a string each.
    private static StringBuilder ScoreCell(this StringBuilder html, double? score) => score is { } s
        ? html.Append("<td class=\"num\"><span class=\"score ").Append(ScoreClass(s)).Append("\">").Append(ReportText.Number(s, 1)).Append("</span></td>")
        : html.Append("<td class=\"num\"><span class=\"muted\">\u2013</span></td>");

    private static StringBuilder EstimateCell(this StringBuilder html, SurveyEstimate? estimate, int decimals) => estimate is { } e
        ? html.Append("<td class=\"num\"><strong>").Append(ReportText.Number(e.Value, decimals)).Append("</strong><span class=\"ci\">").Append(ReportText.Number(e.Low, decimals))
            .Append('\u2013').Append(ReportText.Number(e.High, decimals)).Append(" \u00B7 n\u00A0").Append(CultureInfo.InvariantCulture, $"{e.N}").Append("</span></td>")
        : html.Append("<td class=\"num\"><span class=\"muted\">\u2013</span></td>");

    private static StringBuilder NumCell(this StringBuilder html, string? text) => text is null
        ? html.Append("<td class=\"num\"><span class=\"muted\">\u2013</span></td>")
        : MarkupText.Append(html.Append("<td class=\"num\">"), text).Append("</td>");

    private static string? ScoreClass(double? score) => score switch
    {
        null => null,
        < 45 => "poor",
        < 60 => "fair",
        _ => "good",
    };

    private static string E(string? text) => MarkupText.Escape(text);
}
