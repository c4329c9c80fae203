using System.Globalization;
using System.Xml.Linq;
using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Rendering;

public class SvgBlueprintWriterTests
{
    private static readonly JourneyRenderer Renderer = Unvalidated.Renderer; // some maps here are invalid on purpose
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly RenderOptions Blueprint = new() { View = RenderView.Blueprint };

    [Theory]
    // Counted by hand from the JSON files: owners in order of first appearance, handoffs between neighbours with different owners.
    [InlineData("online-retail.json", new[] { "marketing", "ecommerce", "customer-service", "logistics", "finance" }, new[] { "marketing", "merchandising", "customer-service", "ecommerce", "logistics" }, 10)]
    [InlineData("online-retail-future.json", new[] { "marketing", "ecommerce", "customer-service", "logistics", "finance" }, new[] { "marketing", "merchandising", "customer-service", "ecommerce", "logistics" }, 10)]
    [InlineData("b2b-saas.json", new[] { "marketing", "product", "sales", "security", "legal", "finance", "customer-success", "support" }, new[] { "marketing", "product", "sales", "security", "legal", "finance", "customer-success", "support" }, 14)]
    [InlineData("public-service.json", new[] { "passport-office", "partners", "digital-services", "contact-centre", "finance", "town-halls", "communications" }, new[] { "passport-office", "digital-services", "contact-centre", "finance", "town-halls", "partners" }, 17)]
    public void Blueprint_OfExample_HasALanePerDepartmentAndAnArrowPerHandoff(string file, string[] front, string[] back, int handoffs)
    {
        var map = new JourneySerializer().Read(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", file)));
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, Blueprint));

        Assert.Equal(front, Lanes(document, "frontstage"));
        Assert.Equal(back, Lanes(document, "backstage"));
        Assert.Equal(handoffs, Handoffs(document).Count);
        Assert.Equal(ValueStreamAnalyzer.Analyze(map.Stages.SelectMany(s => s.Touchpoints)).Handoffs, Handoffs(document).Count);

        // Each lane holds exactly the touchpoints its department owns; the customer row holds every one.
        var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).ToList();
        foreach (var lane in document.Descendants(Svg + "g").Where(g => g.Attribute("data-side")?.Value == "frontstage"))
        {
            var department = lane.Attribute("data-department")!.Value;
            Assert.Equal(touchpoints.Count(t => t.Owner == department), lane.Elements(Svg + "g").Count(g => g.Attribute("class")?.Value == "touchpoint"));
        }

        Assert.Equal(touchpoints.Count, document.Descendants(Svg + "g").Count(g => g.Attribute("class")?.Value == "customer-action"));
        Assert.Equal(touchpoints.Count(t => t.ProcessId is not null), document.Descendants(Svg + "g").Count(g => g.Attribute("class")?.Value == "process"));
    }

    [Fact]
    public void Blueprint_OfRetailSample_PutsTheUnownedLaneLastAndDrawsTheHandoffsBetweenTheRightCards()
    {
        var map = SampleMaps.Retail();
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, Blueprint));

        // friend-tip (3rd touchpoint) has no owner: its lane is the last one, with an empty data-department.
        var front = Lanes(document, "frontstage");
        Assert.Equal(string.Empty, front[^1]);
        Assert.Equal(["marketing", "brand", "crm", "ecommerce"], front.Take(4));
        Assert.Equal(1, front.Count(d => d.Length == 0));

        // social-ad → search-ad: both marketing, no arrow; search-ad → friend-tip → review-site: no stated owner in between, no arrow;
        // review-site (brand) → newsletter (crm) and newsletter (crm) → home-page (ecommerce): the first two arrows.
        var titles = Handoffs(document).Select(h => h.Element(Svg + "title")!.Value).ToList();
        Assert.StartsWith("Handoff 1: brand → crm, from Review site (review-site) to Newsletter (newsletter)", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Handoff 2: crm → ecommerce, from Newsletter (newsletter) to Home page (home-page)", titles[1], StringComparison.Ordinal);
        Assert.Equal(ValueStreamAnalyzer.Analyze(map.Stages.SelectMany(s => s.Touchpoints)).Handoffs, titles.Count);
    }

    [Fact]
    public void Blueprint_LongName_WrapsOnThreeLinesBeforeItIsCutAndKeepsTheFullTextInTitle()
    {
        const string Long = "Compare the delivery options of every carrier with their prices and the days they need before you pay for the order";
        var map = new JourneyMap
        {
            Id = "long",
            Name = "Long names",
            Stages = [new Stage { Id = "s", Name = "Stage", Touchpoints = [new Touchpoint { Id = "t", Name = Long, Channel = Channel.Web, Owner = "logistics" }] }],
        };
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, Blueprint));

        var card = document.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "touchpoint");
        var lines = card.Elements(Svg + "text").Skip(1).Select(t => t.Value).ToList(); // the first is the caption
        Assert.Equal(3, lines.Count);
        Assert.EndsWith(TextFit.Ellipsis, lines[2], StringComparison.Ordinal);
        Assert.StartsWith(string.Join(' ', lines)[..^1].TrimEnd(), Long, StringComparison.Ordinal);
        Assert.Contains(Long, card.Element(Svg + "title")!.Value, StringComparison.Ordinal);

        // A short name is one line, uncut.
        var shortMap = map with { Stages = [map.Stages[0] with { Touchpoints = [map.Stages[0].Touchpoints[0] with { Name = "Pay" }] }] };
        var shortCard = MarkupAssert.Svg(Renderer.Render(shortMap, RenderFormat.Svg, Blueprint)).Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "touchpoint");
        Assert.Equal(["Pay"], shortCard.Elements(Svg + "text").Skip(1).Select(t => t.Value));
    }

    [Fact]
    public void Blueprint_Of12DepartmentsAnd60Touchpoints_HasNoOverlappingBoxes()
    {
        var departments = Enumerable.Range(1, 12).Select(d => $"Department {d} with a rather long name for a lane").ToList();
        var map = new JourneyMap
        {
            Id = "big",
            Name = "Twelve departments",
            Processes = [.. departments.Select((d, i) => new BusinessProcess { Id = $"p{i}", Name = $"Process {i} of {d}", Department = i % 4 == 0 ? null : d })],
            Stages = [.. Enumerable.Range(0, 6).Select(s => new Stage
            {
                Id = $"s{s}",
                Name = $"Stage {s} with a name long enough to wrap over more than one line",
                Touchpoints = [.. Enumerable.Range(0, 10).Select(t => new Touchpoint
                {
                    Id = $"t{s}-{t}",
                    Name = $"Touchpoint {(s * 10) + t} with a long name that wraps over lines",
                    Channel = Channel.Web,
                    Owner = (s * 10 + t) % 13 == 12 ? null : departments[((s * 10) + t) * 7 % 12],
                    ProcessId = t % 3 == 0 ? null : $"p{((s * 10) + t) % 12}",
                })],
            })],
        };
        var document = MarkupAssert.Svg(Renderer.Render(map, RenderFormat.Svg, Blueprint));

        Assert.Equal(13, Lanes(document, "frontstage").Count);
        var boxes = document.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "box").Select(Box).ToList();
        Assert.Equal(60 + 60 + 36, boxes.Count); // customer actions, owner lanes, processes (none where t % 3 == 0)
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Intersect(boxes[i], boxes[j]), $"boxes {boxes[i]} and {boxes[j]} overlap");
            }
        }

        // Every box lies inside its lane, and every lane inside the picture.
        var width = double.Parse(document.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        var height = double.Parse(document.Root!.Attribute("height")!.Value, CultureInfo.InvariantCulture);
        foreach (var lane in document.Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value == "lane"))
        {
            var area = Box(lane.Element(Svg + "rect")!);
            Assert.True(area.X >= 0 && area.Y >= 0 && area.X + area.W <= width && area.Y + area.H <= height, $"lane {area} outside {width}×{height}");
            foreach (var box in lane.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "box").Select(Box))
            {
                Assert.True(box.X >= area.X && box.Y >= area.Y && box.X + box.W <= area.X + area.W && box.Y + box.H <= area.Y + area.H, $"box {box} outside its lane {area}");
            }
        }

        Assert.Equal(ValueStreamAnalyzer.Analyze(map.Stages.SelectMany(s => s.Touchpoints)).Handoffs, Handoffs(document).Count);
    }

    [Fact]
    public void Blueprint_OfHostileMap_ParsesAndHoldsNothingLive()
    {
        var map = SampleMaps.Hostile();
        foreach (var format in new[] { RenderFormat.Svg, RenderFormat.Html })
        {
            var output = Renderer.Render(map, format, Blueprint);
            MarkupAssert.NoRawPayloads(output);
            var document = format == RenderFormat.Svg ? MarkupAssert.Svg(output) : MarkupAssert.Html(output);
            var titles = MarkupAssert.Titles(document);
            foreach (var touchpoint in map.Stages.SelectMany(s => s.Touchpoints))
            {
                Assert.Contains(titles, t => t.Contains(Sanitized(touchpoint.Name), StringComparison.Ordinal) && t.Contains(Sanitized(touchpoint.Id), StringComparison.Ordinal));
            }

            // The departments come back whole from the data-department attributes.
            var departments = document.Descendants().Where(e => e.Attribute("data-side")?.Value == "frontstage").Select(e => e.Attribute("data-department")!.Value).ToList();
            var expected = map.Stages.SelectMany(s => s.Touchpoints).Select(t => t.Owner).OfType<string>().Select(Replaced).Distinct().ToList();
            Assert.Equal(expected, departments);
        }
    }

    [Fact]
    public void Blueprint_InHtml_ReplacesTheMapAndKeepsTheTables()
    {
        var map = SampleMaps.Retail();
        var document = MarkupAssert.Html(Renderer.Render(map, RenderFormat.Html, Blueprint));

        var sections = document.Descendants().Where(e => e.Name.LocalName == "section").Select(e => e.Attribute("id")?.Value).ToList();
        Assert.Contains("blueprint", sections);
        Assert.DoesNotContain("map", sections);
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "svg" && e.Attribute("class")?.Value == "service-blueprint");
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "svg" && e.Attribute("class")?.Value == "journey-map");
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "section" && e.Attribute("id")?.Value == "stages");
    }

    [Theory]
    [InlineData(RenderFormat.Mermaid)]
    [InlineData(RenderFormat.Markdown)]
    public void Blueprint_AsMermaidOrMarkdown_IsRefusedInOneSentence(RenderFormat format)
    {
        var e = Assert.Throws<ArgumentException>(() => Renderer.Render(SampleMaps.Retail(), format, Blueprint));
        Assert.Equal("options", e.ParamName);
        Assert.StartsWith($"The blueprint view is drawn as Svg or Html only: {format} has no lanes; use RenderView.Map for {format}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void View_DefaultsToTheMap()
    {
        Assert.Equal(RenderView.Map, new RenderOptions().View);
        var map = SampleMaps.Retail();
        Assert.Equal(Renderer.Render(map, RenderFormat.Svg), Renderer.Render(map, RenderFormat.Svg, new RenderOptions { View = RenderView.Map }));
        Assert.Contains("class=\"journey-map\"", Renderer.Render(map, RenderFormat.Svg), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Renderer.Render(map, RenderFormat.Svg, new RenderOptions { View = (RenderView)7 }));
    }

    internal static List<string> Lanes(XDocument document, string side) =>
        document.Descendants().Where(e => e.Attribute("class")?.Value == "lane" && e.Attribute("data-side")?.Value == side)
            .Select(e => e.Attribute("data-department")!.Value).ToList();

    internal static List<XElement> Handoffs(XDocument document) =>
        document.Descendants().Where(e => e.Attribute("class")?.Value == "handoff").ToList();

    private static (double X, double Y, double W, double H) Box(XElement rect) => (
        double.Parse(rect.Attribute("x")!.Value, CultureInfo.InvariantCulture),
        double.Parse(rect.Attribute("y")!.Value, CultureInfo.InvariantCulture),
        double.Parse(rect.Attribute("width")!.Value, CultureInfo.InvariantCulture),
        double.Parse(rect.Attribute("height")!.Value, CultureInfo.InvariantCulture));

    private static bool Intersect((double X, double Y, double W, double H) a, (double X, double Y, double W, double H) b) =>
        a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;

    /// <summary>The text with every character a document cannot hold (C0 but tab and line ends, C1, U+FFFE, U+FFFF, lone surrogates) as U+FFFD.</summary>
    private static string Replaced(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append((c < ' ' && c is not '\t' and not '\n' and not '\r') || c is (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static string Sanitized(string text) => XElement.Parse("<r>" + MarkupText.Escape(text) + "</r>").Value;
}
