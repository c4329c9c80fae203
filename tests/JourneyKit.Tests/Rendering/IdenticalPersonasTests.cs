using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

/// <summary>Personas whose emotions are identical are still told apart on the map.</summary>
public class IdenticalPersonasTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Curves_OfPersonasWithIdenticalEmotions_AreDrawnApart()
    {
        var map = new JourneyMap
        {
            Id = "twins",
            Name = "Twins",
            Personas = [new Persona { Id = "a", Name = "Twin A" }, new Persona { Id = "b", Name = "Twin B" }],
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [
                new Touchpoint { Id = "t1", Name = "One", Channel = Channel.Web, Emotion = 1 },
                new Touchpoint { Id = "t2", Name = "Two", Channel = Channel.Web, Emotion = -2 }] }],
        };
        var document = MarkupAssert.Svg(new JourneyRenderer().Render(map, RenderFormat.Svg));

        // Same emotions, so the same heights: the curves are told apart by a sideways offset (and colour and marker).
        var curves = document.Descendants(Svg + "path").Where(p => p.Attribute("stroke-width")?.Value == "2.5" && p.Attribute("fill")?.Value == "none")
            .Select(p => p.Attribute("d")!.Value).ToList();
        Assert.Equal(2, curves.Count);
        Assert.NotEqual(curves[0], curves[1]);
        var starts = curves.Select(d => double.Parse(d[1..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(Math.Abs(starts[0] - starts[1]) >= 3, $"curves start at x = {starts[0]} and {starts[1]}: too close to tell apart");
        Assert.Equal(curves[0].Split(' ')[1], curves[1].Split(' ')[1]); // both start at the same height
    }
}
