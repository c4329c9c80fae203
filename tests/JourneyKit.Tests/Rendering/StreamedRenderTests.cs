using System.Text;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// <see cref="IJourneyRenderer.Render(JourneyMap, RenderFormat, TextWriter, RenderOptions?)"/> writes the very
/// characters the string overloads return, and writes a large document in pieces rather than whole.
/// </summary>
public class StreamedRenderTests
{
    private static readonly JourneyRenderer Renderer = new();

    private static readonly (RenderFormat Format, RenderView View)[] Kinds =
    [
        (RenderFormat.Mermaid, RenderView.Map), (RenderFormat.Svg, RenderView.Map), (RenderFormat.Html, RenderView.Map),
        (RenderFormat.Markdown, RenderView.Map), (RenderFormat.Svg, RenderView.Blueprint), (RenderFormat.Html, RenderView.Blueprint),
    ];

    public static TheoryData<string> Examples { get; } =
        [.. Directory.GetFiles(RepositoryRoot.Combine("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Streamed_EveryExampleFormatViewAndPersona_IsTheString(string file)
    {
        var map = new JourneySerializer().Read(File.ReadAllBytes(RepositoryRoot.Combine("docs", "examples", file)));
        var personas = map.Personas.Select(p => (string?)p.Id).Prepend(null).ToList();
        foreach (var (format, view) in Kinds)
        {
            foreach (var persona in personas)
            {
                var options = new RenderOptions { View = view, PersonaId = persona };
                var expected = Renderer.Render(map, format, options);
                var output = new StringWriter();

                Renderer.Render(map, format, output, options);

                Assert.True(string.Equals(expected, output.ToString(), StringComparison.Ordinal), $"{file} {format} {view} {persona ?? "everyone"}");
            }
        }
    }

    [Fact]
    public void Streamed_LargeMap_IsTheStringWrittenInPieces()
    {
        // 40 stages of 50: every SVG and HTML document is several times the spill threshold.
        var map = SampleMaps.Generated(40, 50);
        var report = new JourneyScorer().Score(map);
        foreach (var (format, view) in Kinds)
        {
            var options = new RenderOptions { View = view };
            var expected = Renderer.Render(map, report, format, options);
            var output = new PieceWriter();

            Renderer.Render(map, report, format, output, options);

            Assert.True(string.Equals(expected, output.Text.ToString(), StringComparison.Ordinal), $"{format} {view}");
            if (format is RenderFormat.Svg or RenderFormat.Html)
            {
                Assert.True(expected.Length > 4 * 64 * 1024, $"{format} {view}: {expected.Length} characters");
                Assert.InRange(output.Largest, 1, expected.Length / 3); // never the whole document at once (one curve's path is one piece)
                Assert.True(output.Pieces >= expected.Length / (80 * 1024), $"{format} {view}: {output.Pieces} pieces");
            }
        }
    }

    [Fact]
    public void Streamed_NullOutput_Throws()
    {
        var map = SampleMaps.Retail();

        Assert.Throws<ArgumentNullException>("output", () => Renderer.Render(map, RenderFormat.Svg, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>("output", () => Renderer.Render(map, new JourneyScorer().Score(map), RenderFormat.Html, (TextWriter)null!));
    }

    [Fact]
    public void Streamed_UnknownPersona_ThrowsBeforeWriting()
    {
        var output = new StringWriter();

        Assert.Throws<UnknownPersonaException>(() => Renderer.Render(SampleMaps.Retail(), RenderFormat.Svg, output, new RenderOptions { PersonaId = "nobody" }));
        Assert.Equal(0, output.GetStringBuilder().Length);
    }

    [Fact]
    public void Streamed_BlueprintAsMermaid_ThrowsBeforeWriting()
    {
        var output = new StringWriter();

        Assert.Throws<ArgumentException>("options", () => Renderer.Render(SampleMaps.Retail(), RenderFormat.Mermaid, output, new RenderOptions { View = RenderView.Blueprint }));
        Assert.Equal(0, output.GetStringBuilder().Length);
    }

    [Fact]
    public void Streamed_RendererWithOnlyTheStringOverloads_WritesTheirText()
    {
        // The interface's default implementation: a renderer written before the overload still streams, whole.
        IJourneyRenderer renderer = new FixedRenderer();
        var map = SampleMaps.Retail();
        var output = new StringWriter();

        renderer.Render(map, RenderFormat.Svg, output);
        renderer.Render(map, new JourneyScorer().Score(map), RenderFormat.Html, output);

        Assert.Equal("Svg of online-retailHtml with report of online-retail", output.ToString());
    }

    private sealed class FixedRenderer : IJourneyRenderer
    {
        public string Render(JourneyMap map, RenderFormat format, RenderOptions? options = null) => $"{format} of {map.Id}";

        public string Render(JourneyMap map, JourneyScoreReport report, RenderFormat format, RenderOptions? options = null) => $"{format} with report of {report.MapId}";
    }

    /// <summary>Keeps what is written and counts the pieces (each span written is one piece) and the largest.</summary>
    private sealed class PieceWriter : TextWriter
    {
        public StringBuilder Text { get; } = new();

        public int Pieces { get; private set; }

        public int Largest { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Text.Append(buffer);
            Pieces++;
            Largest = Math.Max(Largest, buffer.Length);
        }

        public override void Write(string? value) => Write(value.AsSpan());
    }
}
