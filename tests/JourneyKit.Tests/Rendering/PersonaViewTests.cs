using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Rendering;

/// <summary>In a persona view the marks, counts and chips are those that hold for that persona.</summary>
public class PersonaViewTests
{
    private static readonly JourneyRenderer Renderer = new();
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A map of three touchpoints and two personas, scored by hand: "calm" feels 0 throughout; "angry" feels −3 at
    /// the basket (low emotion, a pain for angry only) and +3 at the receipt (high emotion, a delight for angry only);
    /// the help page has 9 of 10 CSAT answers at 1 (a survey pain point, for whoever meets it).
    /// </summary>
    private static JourneyMap Map() => new()
    {
        Id = "two",
        Name = "Two personas",
        Personas = [new Persona { Id = "calm", Name = "Calm" }, new Persona { Id = "angry", Name = "Angry" }],
        Stages =
        [
            new Stage
            {
                Id = "s",
                Name = "Buy",
                Touchpoints =
                [
                    new Touchpoint { Id = "basket", Name = "Basket", Channel = Channel.Web, Emotion = 0, EmotionsByPersona = new Dictionary<string, double> { ["angry"] = -3 } },
                    new Touchpoint { Id = "help", Name = "Help page", Channel = Channel.Web, Emotion = 0, Responses = new SurveyResponses { Csat = [9, 0, 0, 0, 1] } },
                    new Touchpoint { Id = "receipt", Name = "Receipt", Channel = Channel.Email, Emotion = 0, EmotionsByPersona = new Dictionary<string, double> { ["angry"] = 3 } },
                ],
            },
        ],
    };

    [Theory]
    [InlineData(null, 2, 1)]
    [InlineData("calm", 1, 0)]
    [InlineData("angry", 2, 1)]
    public void Chips_CountTheFindingsThatHoldForThePersona(string? persona, int pains, int delights)
    {
        var map = Map();
        var report = new JourneyScorer().Score(map);
        Assert.Equal(["basket", "help"], report.PainPoints.Select(p => p.TouchpointId)); // the hand count holds for the scorer too
        Assert.Equal(["angry"], report.PainPoints[0].PersonaIds);

        var svg = Renderer.Render(map, report, RenderFormat.Svg, new RenderOptions { PersonaId = persona });
        var texts = MarkupAssert.Svg(svg).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(pains.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[texts.IndexOf("Pain points") + 1]);
        Assert.Equal(delights.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[texts.IndexOf("Delights") + 1]);

        var html = MarkupAssert.Html(Renderer.Render(map, report, RenderFormat.Html, new RenderOptions { PersonaId = persona }));
        var tiles = html.Descendants().Where(e => e.Name.LocalName == "li" && e.Parent?.Attribute("class")?.Value == "tiles")
            .ToDictionary(e => e.Elements().First().Value, e => e.Elements().Last().Value);
        var suffix = persona is null ? string.Empty : " (persona)";
        Assert.Equal(pains.ToString(System.Globalization.CultureInfo.InvariantCulture), tiles["Pain points" + suffix]);
        Assert.Equal(delights.ToString(System.Globalization.CultureInfo.InvariantCulture), tiles["Delights" + suffix]);
    }

    [Fact]
    public void Marks_InCalmsView_AreOnlyTheSurveyPainPoint()
    {
        var document = MarkupAssert.Svg(Renderer.Render(Map(), RenderFormat.Svg, new RenderOptions { PersonaId = "calm" }));

        // The step circles under the curves: red for a pain point, green for a delight, white for neither.
        var steps = document.Descendants(Svg + "g")
            .Where(g => g.Elements(Svg + "circle").Count() == 1 && g.Elements(Svg + "circle").Single().Attribute("r")?.Value == "9")
            .Select(g => g.Element(Svg + "circle")!.Attribute("fill")!.Value).ToList();
        Assert.Equal(["#FFFFFF", "#DC2626", "#FFFFFF"], steps);
    }

    [Fact]
    public void PersonaView_OfRetail_CountsEqualThePersonasFindings()
    {
        var map = SampleMaps.Retail();
        var report = new JourneyScorer().Score(map);
        foreach (var persona in map.Personas)
        {
            var met = map.Stages.SelectMany(s => s.Touchpoints).Where(t => t.PersonaIds.Count == 0 || t.PersonaIds.Contains(persona.Id)).Select(t => t.Id).ToHashSet();
            static bool Holds(TouchpointFinding f, string id) => f.PersonaIds.Contains(id) || f.Reasons.Any(r => r is not (FindingReason.LowEmotion or FindingReason.EmotionDrop or FindingReason.HighEmotion));
            var pains = report.PainPoints.Count(f => met.Contains(f.TouchpointId) && Holds(f, persona.Id));
            var delights = report.Delights.Count(f => met.Contains(f.TouchpointId) && Holds(f, persona.Id));

            var texts = MarkupAssert.Svg(Renderer.Render(map, report, RenderFormat.Svg, new RenderOptions { PersonaId = persona.Id }))
                .Descendants(Svg + "text").Select(t => t.Value).ToList();
            Assert.Equal(pains.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[texts.IndexOf("Pain points") + 1]);
            Assert.Equal(delights.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[texts.IndexOf("Delights") + 1]);
        }
    }
}
