using System.Globalization;
using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class OpportunityChartWriterTests
{
    private static readonly JourneyRenderer Renderer = new();

    /// <summary>The marker squares (the circles' bounding boxes) of the importance × satisfaction chart in a report.</summary>
    private static List<(double X, double Y, double Side)> Markers(string html)
    {
        var chart = MarkupAssert.Html(html).Descendants().Single(e => e.Name.LocalName == "svg" && (string?)e.Attribute("class") == "opportunity-chart");
        return chart.Descendants().Where(e => e.Name.LocalName == "circle" && (string?)e.Attribute("class") == "marker")
            .Select(c => (X: D(c, "cx"), Y: D(c, "cy"), R: D(c, "r")))
            .Select(c => (c.X - c.R, c.Y - c.R, 2 * c.R))
            .ToList();

        static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
    }

    private static JourneyMap WithOutcomes(IEnumerable<(double Importance, double Satisfaction)> values) => SampleMaps.Retail() with
    {
        Outcomes = values.Select((v, i) => new Outcome { Id = $"o{i}", Statement = $"Outcome {i}", Importance = v.Importance, Satisfaction = v.Satisfaction }).ToList(),
        // The retail example's opportunities name its own outcomes, which these replace: without them the map stays valid.
        Opportunities = [],
    };

    [Theory]
    [InlineData(40, 8.0, 4.0)]
    [InlineData(60, 10.0, 0.0)]
    [InlineData(25, 0.0, 10.0)]
    public void Chart_ManyOutcomesAtEqualValues_HasNoTwoMarkersThatIntersect(int count, double importance, double satisfaction)
    {
        var markers = Markers(Renderer.Render(WithOutcomes(Enumerable.Repeat((importance, satisfaction), count)), RenderFormat.Html));

        Assert.Equal(count, markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            for (var j = i + 1; j < markers.Count; j++)
            {
                var (a, b) = (markers[i], markers[j]);
                var intersect = a.X < b.X + b.Side && b.X < a.X + a.Side && a.Y < b.Y + b.Side && b.Y < a.Y + a.Side;
                Assert.False(intersect, $"markers {i + 1} and {j + 1} intersect: ({a.X}, {a.Y}) and ({b.X}, {b.Y})");
            }
        }
    }

    [Fact]
    public void Chart_DistinctOutcomes_StayAtTheirOwnPlace()
    {
        // Importance 8, satisfaction 4 lies at x = 46 + 0.8 · 300 = 286, y = 16 + 300 − 0.4 · 300 = 196; importance 2,
        // satisfaction 9 at x = 106, y = 46. Far apart, so neither moves and no leader is drawn.
        var html = Renderer.Render(WithOutcomes([(8, 4), (2, 9)]), RenderFormat.Html);

        Assert.Equal([(276.0, 186.0, 20.0), (96.0, 36.0, 20.0)], Markers(html));
    }

    [Fact]
    public void Spread_SecondMarkerAtTheSamePoint_GoesOnTheFirstRingStraightAbove()
    {
        var places = OpportunityChartWriter.Spread([(100, 100), (100, 100)], 10, (0, 0, 300, 300));

        Assert.Equal([(100.0, 100.0), (100.0, 78.0)], places);
    }
}
