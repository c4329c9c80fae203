using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// The acceptance tests of the escaping: a map whose every name, description and id is a payload
/// (script tags, attribute breakouts, CDATA ends, javascript: URLs, control characters, Mermaid
/// directives, Markdown links) renders to output in which none of them is live, and nothing is lost.
/// </summary>
public class RenderingSafetyTests
{
    private static readonly JourneyRenderer Renderer = Unvalidated.Renderer; // some maps here are invalid on purpose
    private static readonly JourneyMap Hostile = SampleMaps.Hostile();

    [Fact]
    public void Svg_OfHostileMap_ParsesAndHoldsNothingLive()
    {
        var svg = Renderer.Render(Hostile, RenderFormat.Svg);

        MarkupAssert.NoRawPayloads(svg);
        var document = MarkupAssert.Svg(svg);
        AssertEveryTouchpointNameKept(document);
    }

    [Fact]
    public void Html_OfHostileMap_ParsesAndHoldsNothingLive()
    {
        var html = Renderer.Render(Hostile, RenderFormat.Html);

        MarkupAssert.NoRawPayloads(html);
        var document = MarkupAssert.Html(html);
        AssertEveryTouchpointNameKept(document);
        var text = document.Root!.Value;
        foreach (var persona in Hostile.Personas)
        {
            Assert.Contains(Sanitized(persona.Name), text, StringComparison.Ordinal);
        }

        Assert.Contains(Sanitized(Hostile.Kpis[0].Name), text, StringComparison.Ordinal);
        Assert.Contains(Sanitized(Hostile.Opportunities[0].Title), text, StringComparison.Ordinal);
        Assert.Contains(Sanitized(Hostile.Outcomes[0].Statement), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_PersonaViewOfHostileMap_ParsesAndHoldsNothingLive()
    {
        var html = Renderer.Render(Hostile, RenderFormat.Html, new RenderOptions { PersonaId = Hostile.Personas[2].Id });

        MarkupAssert.NoRawPayloads(html);
        MarkupAssert.Html(html);
    }

    [Fact]
    public void Mermaid_OfHostileMap_KeepsEveryFieldInTheGrammar()
    {
        var text = Renderer.Render(Hostile, RenderFormat.Mermaid);

        var diagram = MermaidGrammar.Parse(text);
        // Every name comes back but the characters no document may hold, which every view draws as U+FFFD.
        Assert.Equal(MermaidGrammar.Replaced(Hostile.Name), diagram.Title);
        Assert.Equal(Hostile.Stages.Select(s => MermaidGrammar.Replaced(s.Name)), diagram.Sections.Select(s => s.Name));
        Assert.Equal(Hostile.Stages.SelectMany(s => s.Touchpoints).Select(t => MermaidGrammar.Replaced(t.Name)), diagram.Sections.SelectMany(s => s.Tasks).Select(t => t.Name));
        MarkupAssert.NoForbiddenCharacters(text);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            Assert.False(trimmed.StartsWith("%%{", StringComparison.Ordinal) || trimmed.StartsWith("click", StringComparison.Ordinal)
                || trimmed.StartsWith("classDef", StringComparison.Ordinal) || trimmed.StartsWith("style", StringComparison.Ordinal), line);
        }
    }

    [Fact]
    public void Markdown_OfHostileMap_HasOnlyItsOwnStructure()
    {
        var markdown = Renderer.Render(Hostile, RenderFormat.Markdown);
        var lines = markdown.Split('\n');

        MarkupAssert.NoForbiddenCharacters(markdown);
        Assert.Equal(["```mermaid", "```"], lines.Where(l => l.StartsWith("```", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("# ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("#", StringComparison.Ordinal) && !l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("## ", StringComparison.Ordinal));
        // Outside the Mermaid block (checked by the grammar test) no text can open a link, an image, a tag or an entity.
        var prose = string.Join('\n', lines.TakeWhile(l => l != "```mermaid").Concat(lines.SkipWhile(l => l != "```").Skip(1)));
        Assert.DoesNotContain("](", prose, StringComparison.Ordinal);
        for (var i = 0; i < prose.Length; i++)
        {
            if (prose[i] == '&' && prose.AsSpan(i).StartsWith(MarkdownText.ZeroWidthSpace, StringComparison.Ordinal))
            {
                continue; // the escaping's own zero-width space after '@' and between '#' and a digit
            }

            if (prose[i] is '<' or '[' or '!' or '&' or '`')
            {
                Assert.True(i > 0 && prose[i - 1] == '\\', $"unescaped '{prose[i]}' at {i}: {prose[Math.Max(0, i - 20)..Math.Min(prose.Length, i + 20)]}");
            }
        }

        // Every table row has as many unescaped pipes as its header.
        var fence = false;
        var columns = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fence = !fence;
                continue;
            }

            if (fence || !line.StartsWith('|'))
            {
                columns = 0;
                continue;
            }

            var pipes = Pipes(line);
            if (columns == 0)
            {
                columns = pipes;
            }

            Assert.True(pipes == columns, $"a table row with {pipes} pipes under a header with {columns}: {line}");
        }
    }

    private static int Pipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    private static void AssertEveryTouchpointNameKept(XDocument document)
    {
        var titles = MarkupAssert.Titles(document);
        foreach (var touchpoint in Hostile.Stages.SelectMany(s => s.Touchpoints))
        {
            Assert.Contains(titles, t => t.Contains(Sanitized(touchpoint.Name), StringComparison.Ordinal)
                && t.Contains(Sanitized(touchpoint.Id), StringComparison.Ordinal));
        }
    }

    /// <summary>The text as a parser reads it back: forbidden characters replaced, line ends normalized.</summary>
    private static string Sanitized(string text) =>
        System.Xml.Linq.XElement.Parse("<r>" + MarkupText.Escape(text) + "</r>").Value;
}
