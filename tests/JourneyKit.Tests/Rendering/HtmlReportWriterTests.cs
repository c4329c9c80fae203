using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Rendering;

public class HtmlReportWriterTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly JourneyRenderer Renderer = new();

    [Fact]
    public void Render_Retail_IsOneSelfContainedScriptFreePage()
    {
        var html = Renderer.Render(SampleMaps.Retail(), RenderFormat.Html);
        var document = MarkupAssert.Html(html);

        var csp = document.Descendants(Xhtml + "meta").Single(m => m.Attribute("http-equiv")?.Value == "Content-Security-Policy");
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", csp.Attribute("content")!.Value);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "svg" && (string?)e.Attribute("class") == "journey-map");
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "svg" && (string?)e.Attribute("class") == "opportunity-chart");
    }

    [Fact]
    public void Render_Retail_HasEverySectionWithTheReportsFigures()
    {
        var map = SampleMaps.Retail();
        var report = new JourneyScorer().Score(map);
        var document = MarkupAssert.Html(Renderer.Render(map, report, RenderFormat.Html));

        var sections = document.Descendants(Xhtml + "section").Select(s => (string?)s.Attribute("id")).ToList();
        Assert.Equal(["map", "stages", "pain-points", "delights", "touchpoints", "personas", "outcomes", "kpis", "backlog", "plays", "benchmarks"], sections);

        // KPI statuses as coloured pills, one per KPI, in map order.
        var kpiRows = Section(document, "kpis").Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").ToList();
        Assert.Equal(report.Kpis.Select(k => k.Status.ToString().ToLowerInvariant()), kpiRows.Select(r => r.Descendants(Xhtml + "span").Single(s => ((string?)s.Attribute("class"))?.StartsWith("pill", StringComparison.Ordinal) == true).Value));

        // The backlog in rank order, with the titles of the opportunities.
        var backlogTitles = Section(document, "backlog").Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => r.Descendants(Xhtml + "strong").First().Value);
        Assert.Equal(report.Backlog.Select(b => map.Opportunities.Single(o => o.Id == b.OpportunityId).Title), backlogTitles);

        // One list item per pain point and per delight.
        Assert.Equal(report.PainPoints.Count, Section(document, "pain-points").Descendants(Xhtml + "li").Count());
        Assert.Equal(report.Delights.Count, Section(document, "delights").Descendants(Xhtml + "li").Count());

        // Fired plays with their actions.
        var actions = Section(document, "plays").Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => r.Descendants(Xhtml + "strong").First().Value);
        Assert.Equal(report.FiredPlays.Select(f => map.Playbooks.Single(p => p.Id == f.PlaybookId).Plays.Single(p => p.Id == f.PlayId).Action), actions);
    }

    [Fact]
    public void Render_StageWithSurveys_ShowsTheEstimateWithItsIntervalAndCount()
    {
        var map = SampleMaps.Retail();
        var report = new JourneyScorer().Score(map);
        var document = MarkupAssert.Html(Renderer.Render(map, report, RenderFormat.Html));
        var purchase = report.Stages.Single(s => s.StageId == "purchase");
        var csat = purchase.Csat!.Value;

        var row = Section(document, "stages").Descendants(Xhtml + "tr").Single(r => r.Descendants(Xhtml + "strong").FirstOrDefault()?.Value == "Purchase");
        var expected = $"{ReportText.Number(csat.Value, 1)}{ReportText.Number(csat.Low, 1)}\u2013{ReportText.Number(csat.High, 1)} \u00B7 n\u00A0{csat.N}";
        Assert.Contains(row.Elements(Xhtml + "td"), td => td.Value == expected);
    }

    [Fact]
    public void Render_MapWithoutOptionalParts_SaysSoInsteadOfDrawingEmptyTables()
    {
        var map = SampleMaps.Generated(2, 2, personas: 0);
        var document = MarkupAssert.Html(Renderer.Render(map, RenderFormat.Html));

        Assert.Equal("No KPIs in this map.", Section(document, "kpis").Elements(Xhtml + "p").Last().Value);
        Assert.Equal("No outcomes in this map.", Section(document, "outcomes").Elements(Xhtml + "p").Last().Value);
        Assert.DoesNotContain(document.Descendants(Xhtml + "section"), s => (string?)s.Attribute("id") == "personas");
    }

    [Fact]
    public void Render_WithoutDelights_CollapsesTheEmptyCardToItsHeading()
    {
        // The one emotion is 0 and there are no surveys: nothing delights, nothing hurts.
        var map = new JourneyMap
        {
            Id = "flat",
            Name = "Flat",
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = "T", Channel = Channel.Web, Emotion = 0 }] }],
        };
        var document = MarkupAssert.Html(Renderer.Render(map, RenderFormat.Html));

        foreach (var (id, title) in new[] { ("delights", "Moments of delight"), ("pain-points", "Pain points") })
        {
            var section = Section(document, id);
            Assert.Equal("collapsed", section.Attribute("class")?.Value);
            Assert.Equal(title + ": none", section.Elements().Single().Value);
            Assert.NotEqual("grid-2", section.Parent!.Attribute("class")?.Value);
        }

        // With both lists filled they stay side by side, uncollapsed.
        var retail = MarkupAssert.Html(Renderer.Render(SampleMaps.Retail(), RenderFormat.Html));
        Assert.Null(Section(retail, "delights").Attribute("class"));
        Assert.Equal("grid-2", Section(retail, "delights").Parent!.Attribute("class")?.Value);
    }

    private static XElement Section(XDocument document, string id) =>
        document.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == id);
}
