using BenchmarkDotNet.Attributes;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Benchmarks;

/// <summary>
/// What drawing costs next to scoring, and how it grows: scoring a generated map (the baseline, which every
/// <see cref="IJourneyRenderer.Render(JourneyMap, RenderFormat, RenderOptions?)"/> call also does)
/// against rendering each format from the finished report, at 10,000 and 100,000 touchpoints
/// (stages of 100), so that a cost that grows faster than the map shows as a ratio that grows.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmark
{
    private readonly JourneyScorer _scorer = new();
    private readonly JourneyRenderer _renderer = new();
    private JourneyMap _map = null!;
    private JourneyScoreReport _report = null!;

    /// <summary>The map's size, in stages of 100 touchpoints.</summary>
    [Params(10_000, 100_000)]
    public int Touchpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = CreateMap(Touchpoints / PerStage, PerStage);
        _report = _scorer.Score(_map);
    }

    /// <summary>Touchpoints per stage.</summary>
    public const int PerStage = 100;

    [Benchmark(Baseline = true)]
    public JourneyScoreReport Score() => _scorer.Score(_map);

    [Benchmark]
    public string Mermaid() => _renderer.Render(_map, _report, RenderFormat.Mermaid);

    [Benchmark]
    public string Svg() => _renderer.Render(_map, _report, RenderFormat.Svg);

    [Benchmark]
    public string Html() => _renderer.Render(_map, _report, RenderFormat.Html);

    [Benchmark]
    public string Markdown() => _renderer.Render(_map, _report, RenderFormat.Markdown);

    [Benchmark]
    public string Blueprint() => _renderer.Render(_map, _report, RenderFormat.Svg, BlueprintOptions);

    /// <summary>The SVG map written as the CLI writes a file: through a UTF-8 writer, a piece at a time (here into <see cref="Stream.Null"/>).</summary>
    [Benchmark]
    public long SvgStreamed() => Stream(_renderer, _map, _report, RenderFormat.Svg, null);

    /// <summary>The HTML report written as the CLI writes a file.</summary>
    [Benchmark]
    public long HtmlStreamed() => Stream(_renderer, _map, _report, RenderFormat.Html, null);

    /// <summary>The SVG blueprint written as the CLI writes a file.</summary>
    [Benchmark]
    public long BlueprintStreamed() => Stream(_renderer, _map, _report, RenderFormat.Svg, BlueprintOptions);

    private static readonly RenderOptions BlueprintOptions = new() { View = RenderView.Blueprint };

    /// <summary>Renders through a UTF-8 <see cref="StreamWriter"/> (no byte order mark) into a stream that counts the bytes and keeps none.</summary>
    public static long Stream(IJourneyRenderer renderer, JourneyMap map, JourneyScoreReport report, RenderFormat format, RenderOptions? options)
    {
        var counter = new CountingStream();
        using (var writer = new StreamWriter(counter, new System.Text.UTF8Encoding(false)))
        {
            renderer.Render(map, report, format, writer, options);
        }

        return counter.Length;
    }

    /// <summary>A write-only stream that keeps nothing and counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }

    /// <summary>Three personas with their own emotions on every other touchpoint, minutes everywhere, surveys on every fourth.</summary>
    public static JourneyMap CreateMap(int stageCount, int perStage)
    {
        string[] personas = ["parent", "student", "retiree"];
        var channels = Enum.GetValues<Channel>();
        var stages = new List<Stage>(stageCount);
        for (var s = 0; s < stageCount; s++)
        {
            var touchpoints = new List<Touchpoint>(perStage);
            for (var t = 0; t < perStage; t++)
            {
                var n = (s * perStage) + t;
                touchpoints.Add(new Touchpoint
                {
                    Id = $"t{n}",
                    Name = $"Touchpoint {n} with a realistic length of name",
                    Channel = channels[n % channels.Length],
                    Owner = $"team {n % 7}",
                    ProcessId = $"p{n % 5}",
                    Emotion = ((n * 7) % 13 / 2.0) - 3,
                    EmotionsByPersona = n % 2 == 0 ? new Dictionary<string, double> { ["student"] = ((n * 5) % 13 / 2.0) - 3 } : new Dictionary<string, double>(),
                    ProcessMinutes = n % 9,
                    WaitMinutes = n % 23,
                    ValueAdding = n % 3 != 0,
                    Responses = n % 4 == 0 ? new SurveyResponses { Csat = [1, 2, 5, 20, 30], Ces = [10, 20, 30, 15, 10, 5, 2] } : null,
                });
            }

            stages.Add(new Stage { Id = $"s{s}", Name = $"Stage {s}", DesiredOutcome = "The customer knows what happens next", Touchpoints = touchpoints });
        }

        return new JourneyMap
        {
            Id = "bench",
            Name = "Benchmark journey",
            Personas = personas.Select(p => new Persona { Id = p, Name = p }).ToList(),
            Stages = stages,
            Processes = Enumerable.Range(0, 5).Select(p => new BusinessProcess { Id = $"p{p}", Name = $"Process {p}", Department = $"team {p}" }).ToList(),
        };
    }
}
