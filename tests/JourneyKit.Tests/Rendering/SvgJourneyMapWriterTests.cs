using System.Globalization;
using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class SvgJourneyMapWriterTests
{
    private static readonly JourneyRenderer Renderer = Unvalidated.Renderer; // some maps here are invalid on purpose
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_Retail_DrawsACardPerTouchpointAndACurvePerPersona()
    {
        var map = SampleMaps.Retail();
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg));

        // One curve path per persona, in the persona's colour.
        var curves = document.Descendants(Svg + "path").Where(p => p.Attribute("fill")?.Value == "none" && p.Attribute("stroke-width")?.Value == "2.5").ToList();
        Assert.Equal(["#0072B2", "#D55E00", "#009E73"], curves.Select(c => c.Attribute("stroke")!.Value));

        // A card per touchpoint, its title holding the full name and id.
        var titles = MarkupAssert.Titles(document);
        foreach (var (touchpoint, number) in map.Stages.SelectMany(s => s.Touchpoints).Select((t, i) => (t, i + 1)))
        {
            Assert.Contains(titles, t => t.StartsWith($"{number}. {touchpoint.Name}\nid: {touchpoint.Id}\n", StringComparison.Ordinal));
        }

        // The legend names every persona; every stage's name is written.
        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.All(map.Personas, p => Assert.Contains(p.Name, texts));
        Assert.All(map.Stages, s => Assert.Contains(s.Name, texts));
    }

    [Fact]
    public void Render_MarksPainPointsAndDelightsFromTheReport()
    {
        var map = SampleMaps.Retail();
        var report = Unvalidated.Scorer.Score(map);
        var document = MarkupAssert.Svg(Renderer.Render(map, report, RenderFormat.Svg));
        var numbers = map.Stages.SelectMany(s => s.Touchpoints).Select((t, i) => (t.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number);

        // The step circles under the curves: red for a pain point, green for a delight (pain wins).
        var steps = document.Descendants(Svg + "g")
            .Where(g => g.Elements(Svg + "circle").Count() == 1 && g.Elements(Svg + "circle").Single().Attribute("r")?.Value == "9")
            .ToDictionary(g => int.Parse(g.Element(Svg + "text")!.Value, CultureInfo.InvariantCulture), g => g.Element(Svg + "circle")!.Attribute("fill")!.Value);
        Assert.Equal(numbers.Count, steps.Count);
        Assert.NotEmpty(report.PainPoints);
        Assert.NotEmpty(report.Delights);
        foreach (var (id, number) in numbers)
        {
            var expected = report.PainPoints.Any(p => p.TouchpointId == id) ? "#DC2626"
                : report.Delights.Any(d => d.TouchpointId == id) ? "#16A34A"
                : "#FFFFFF";
            Assert.Equal(expected, steps[number]);
        }
    }

    [Fact]
    public void Render_LongNames_AreShortenedWithTheFullTextInTheTitle()
    {
        var name = "A very long touchpoint name that cannot possibly fit on one card of the journey map";
        var map = new JourneyMap { Id = "m", Name = "M", Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = name, Emotion = 1 }] }] };
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg));

        // The card wraps the name onto two lines and shortens the rest; its title keeps all of it.
        var card = document.Descendants(Svg + "g").Single(g => g.Element(Svg + "title")?.Value.StartsWith("1. A very long", StringComparison.Ordinal) == true && g.Element(Svg + "title")!.Value.Contains("\nid: t", StringComparison.Ordinal));
        var lines = card.Elements(Svg + "text").Where(t => t.Attribute("font-size")?.Value == "12.5").Select(t => t.Value).ToList();
        Assert.Equal(2, lines.Count);
        var shown = string.Join(' ', lines);
        Assert.EndsWith("\u2026", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1].TrimEnd(), name, StringComparison.Ordinal);
        Assert.Contains(name, card.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongOwner_WrapsTheChannelAndOwnerLineAndGrowsTheCard()
    {
        const string Owner = "Customer service (EMEA)";
        var map = new JourneyMap
        {
            Id = "m", Name = "M",
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints =
            [
                new Touchpoint { Id = "a", Name = "Returns portal", Channel = Channel.Web, Owner = Owner, Emotion = -1 },
                new Touchpoint { Id = "b", Name = "Refund", Channel = Channel.Email, Owner = "finance", Emotion = 1 },
            ] }],
        };
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg));

        var cards = document.Descendants(Svg + "g").Where(g => g.Element(Svg + "title")?.Value.Contains("\nid: ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, cards.Count);
        var detail = cards[0].Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "detail").Select(t => t.Value).ToList();
        Assert.InRange(detail.Count, 2, 3);
        // Wrapped, not cut: the lines joined are the whole line, and the title still holds the owner.
        Assert.Equal("Web \u00B7 " + Owner, string.Join(' ', detail));
        Assert.Contains("\nowner: " + Owner, cards[0].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Single(cards[1].Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "detail"), t => t.Value == "Email \u00B7 finance");

        // The first card grew by 13 px a further line and the second starts below it.
        var (first, second) = (Box(cards[0]), Box(cards[1]));
        Assert.Equal(46 + ((detail.Count - 1) * 13), first.Height);
        Assert.True(second.Y >= first.Y + first.Height, $"card 2 at {second.Y} overlaps card 1 ending at {first.Y + first.Height}");
    }

    [Fact]
    public void Render_LongDescription_WrapsOnUpToThreeLinesWithTheFullTextInTitle()
    {
        var description = string.Join(' ', Enumerable.Repeat("Parents of young children who buy clothes online, mostly on a phone, in the evening.", 4));
        var map = SampleMaps.Retail() with { Description = description };
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg));

        var group = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "description");
        Assert.Equal(description, group.Element(Svg + "title")!.Value);
        var lines = group.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.InRange(lines.Count, 2, 3);
        var shown = string.Join(' ', lines);
        Assert.StartsWith(shown.TrimEnd('\u2026').TrimEnd(), description, StringComparison.Ordinal);

        // The summary chips sit below the description's last line.
        var lastLine = group.Elements(Svg + "text").Max(t => double.Parse(t.Attribute("y")!.Value, CultureInfo.InvariantCulture));
        var chip = document.Descendants(Svg + "text").First(t => t.Value == "Stages");
        Assert.True(double.Parse(chip.Attribute("y")!.Value, CultureInfo.InvariantCulture) > lastLine + 10);
    }

    private static (double Y, double Height) Box(XElement card)
    {
        var rect = card.Element(Svg + "rect")!;
        return (double.Parse(rect.Attribute("y")!.Value, CultureInfo.InvariantCulture), double.Parse(rect.Attribute("height")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_FiveBySix_FitsALaptopScreenAndTenByTwelveKeepsItsFontSizes()
    {
        var small = MarkupAssert.Svg(Renderer.Render(SampleMaps.Generated(5, 6), RenderFormat.Svg));
        var large = MarkupAssert.Svg(Renderer.Render(SampleMaps.Generated(10, 12), RenderFormat.Svg));

        Assert.True(Width(small) <= 1366, $"5 × 6 map is {Width(small)} px wide");
        Assert.True(Height(small) <= 1000, $"5 × 6 map is {Height(small)} px high");

        // A bigger map grows instead of shrinking its text: no font below 7.5 px, card names at 12.5 px.
        Assert.True(Width(large) > Width(small));
        Assert.All(FontSizes(large), size => Assert.True(size >= 7.5));
        Assert.Equal(FontSizes(small).Max(), FontSizes(large).Max());
        Assert.Equal(120, large.Descendants(Svg + "text").Count(t => t.Value.StartsWith("Touchpoint ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_PersonaView_DrawsOneCurveOverThatPersonasTouchpoints()
    {
        var map = SampleMaps.Retail();
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, new RenderOptions { PersonaId = "bargain-hunter" }));

        var curves = document.Descendants(Svg + "path").Where(p => p.Attribute("fill")?.Value == "none" && p.Attribute("stroke-width")?.Value == "2.5").ToList();
        Assert.Equal(["#D55E00"], curves.Select(c => c.Attribute("stroke")!.Value));
        var met = map.Stages.SelectMany(s => s.Touchpoints).Count(t => t.PersonaIds.Count == 0 || t.PersonaIds.Contains("bargain-hunter"));
        Assert.Equal(met, MarkupAssert.Titles(document).Count(t => t.Contains("\nid: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_EmptyMap_StillDrawsAValidPicture()
    {
        var map = new JourneyMap { Id = "m", Name = "Empty" };

        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg));

        Assert.True(Width(document) >= 760);
    }

    private static double Width(XDocument svg) => double.Parse(svg.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);

    private static double Height(XDocument svg) => double.Parse(svg.Root!.Attribute("height")!.Value, CultureInfo.InvariantCulture);

    private static IEnumerable<double> FontSizes(XDocument svg) =>
        svg.Descendants(Svg + "text").Select(t => double.Parse(t.Attribute("font-size")!.Value, CultureInfo.InvariantCulture));
}
