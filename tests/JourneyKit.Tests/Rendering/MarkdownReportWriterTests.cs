using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Rendering;

public class MarkdownReportWriterTests
{
    private static readonly JourneyRenderer Renderer = new();

    [Fact]
    public void Render_EmbedsTheMermaidDiagramInAFence()
    {
        var map = SampleMaps.Retail();
        var markdown = Renderer.Render(map, RenderFormat.Markdown);
        var mermaid = Renderer.Render(map, RenderFormat.Mermaid);

        Assert.StartsWith("# Online retail purchase\n", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\n" + mermaid + "```\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsStagesFindingsAndBacklogFromTheReport()
    {
        var map = SampleMaps.Retail();
        var report = new JourneyScorer().Score(map);
        var lines = Renderer.Render(map, report, RenderFormat.Markdown).Split('\n');

        Assert.Equal(map.Stages.Count, lines.Count(l => map.Stages.Any(s => l.StartsWith("| " + s.Name + " | ", StringComparison.Ordinal))));
        var painLines = lines.SkipWhile(l => l != "## Pain points").Skip(2).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(report.PainPoints.Count, painLines.Count);
        Assert.Contains(painLines, l => l.Contains("**Size guide for kids** (Consideration)", StringComparison.Ordinal));
        var backlog = lines.SkipWhile(l => l != "## Backlog").Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(report.Backlog.Select(b => $"| {b.Rank} | {map.Opportunities.Single(o => o.Id == b.OpportunityId).Title} | {ReportText.Number(b.Rice, 0)} |"), backlog);
    }
}
