using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Rendering;

public class JourneyRendererTests
{
    private static readonly JourneyRenderer Renderer = new();

    [Fact]
    public void Ctor_NullScorer_Throws()
    {
        Assert.Throws<ArgumentNullException>("scorer", () => new JourneyRenderer(null!));
    }

    [Fact]
    public void Render_NullMap_Throws()
    {
        Assert.Throws<ArgumentNullException>("map", () => Renderer.Render(null!, RenderFormat.Svg));
    }

    [Fact]
    public void Render_UndefinedFormat_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("format", () => Renderer.Render(SampleMaps.Retail(), (RenderFormat)42));
    }

    [Fact]
    public void Render_ReportOfAnotherMap_Throws()
    {
        var report = new JourneyScorer().Score(SampleMaps.Generated(1, 1));

        var error = Assert.Throws<ArgumentException>("report", () => Renderer.Render(SampleMaps.Retail(), report, RenderFormat.Svg));
        Assert.StartsWith("The report is of map 'generated-1x1', not of map 'online-retail'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownPersona_ThrowsNamingTheKnownOnes()
    {
        var error = Assert.Throws<UnknownPersonaException>("options", () => Renderer.Render(SampleMaps.Retail(), RenderFormat.Mermaid, new RenderOptions { PersonaId = "nobody" }));

        Assert.StartsWith("Persona 'nobody' is not in map 'online-retail'; known persona ids: busy-parent, bargain-hunter, gift-buyer.", error.Message, StringComparison.Ordinal);
        Assert.Equal("nobody", error.PersonaId);
        Assert.Equal(["busy-parent", "bargain-hunter", "gift-buyer"], error.KnownPersonaIds);
    }

    [Fact]
    public void Render_UnknownPersona_ThrowsBeforeScoring()
    {
        var scorer = new CountingScorer();

        Assert.Throws<UnknownPersonaException>("options", () => new JourneyRenderer(scorer).Render(SampleMaps.Retail(), RenderFormat.Svg, new RenderOptions { PersonaId = "nobody" }));
        Assert.Equal(0, scorer.Calls);
    }

    [Fact]
    public void Render_UnknownPersonaWithReport_Throws()
    {
        var map = SampleMaps.Retail();

        var error = Assert.Throws<UnknownPersonaException>("options", () => Renderer.Render(map, new JourneyScorer().Score(map), RenderFormat.Html, new RenderOptions { PersonaId = "nobody" }));
        Assert.Equal("nobody", error.PersonaId);
    }

    [Fact]
    public void Render_UsesTheGivenScorer()
    {
        var scorer = new CountingScorer();
        var renderer = new JourneyRenderer(scorer);

        renderer.Render(SampleMaps.Retail(), RenderFormat.Html);

        Assert.Equal(1, scorer.Calls);
    }

    [Theory]
    [InlineData(RenderFormat.Mermaid)]
    [InlineData(RenderFormat.Svg)]
    [InlineData(RenderFormat.Html)]
    [InlineData(RenderFormat.Markdown)]
    public void Render_IsDeterministicAndThreadSafe(RenderFormat format)
    {
        var map = SampleMaps.Retail();
        var expected = Renderer.Render(map, format);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Renderer.Render(map, format)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private sealed class CountingScorer : IJourneyScorer
    {
        public int Calls { get; private set; }

        public JourneyScoreReport Score(JourneyMap map)
        {
            Calls++;
            return new JourneyScorer().Score(map);
        }
    }
}
