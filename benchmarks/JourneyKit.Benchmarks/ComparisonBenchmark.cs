using BenchmarkDotNet.Attributes;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Benchmarks;

/// <summary>
/// <c>journeykit diff</c> on two versions of a map of growing size. The baseline is what a comparison
/// cannot avoid — scoring both maps — so the ratio shows what the diff itself adds.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmark
{
    private const int Stages = 10;
    private JourneyMap _before = null!;
    private JourneyMap _after = null!;
    private readonly JourneyScorer _scorer = new();
    private JourneyComparer _comparer = null!;

    /// <summary>The number of touchpoints of each map.</summary>
    [Params(100, 1000)]
    public int Touchpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _comparer = new JourneyComparer(_scorer);
        _before = Map(Touchpoints, change: false);
        _after = Map(Touchpoints, change: true);
    }

    [Benchmark(Baseline = true, Description = "Score both maps")]
    public (JourneyScoreReport, JourneyScoreReport) ScoreBoth() => (_scorer.Score(_before), _scorer.Score(_after));

    [Benchmark(Description = "Compare (score both + diff)")]
    public JourneyDiffReport Compare() => _comparer.Compare(_before, _after);

    [Benchmark(Description = "Structural diff only")]
    public StructuralDiff Structure() => StructuralDiffer.Compare(_before, _after);

    /// <summary>
    /// A map of <paramref name="touchpoints"/> touchpoints in 10 stages with emotions, minutes and
    /// survey answers; the changed version moves every 7th touchpoint to the next stage, changes the
    /// emotion of every 3rd and the answers of every 5th, drops every 11th and adds one per stage.
    /// </summary>
    private static JourneyMap Map(int touchpoints, bool change)
    {
        var perStage = touchpoints / Stages;
        var stages = new List<Stage>();
        var moved = new List<Touchpoint>();
        for (var s = 0; s < Stages; s++)
        {
            var list = new List<Touchpoint>(moved);
            moved.Clear();
            for (var k = 0; k < perStage; k++)
            {
                var i = (s * perStage) + k;
                if (change && i % 11 == 0)
                {
                    continue;
                }

                var touchpoint = Touchpoint(i, change);
                if (change && i % 7 == 0 && s < Stages - 1)
                {
                    moved.Add(touchpoint);
                }
                else
                {
                    list.Add(touchpoint);
                }
            }

            if (change)
            {
                list.Add(new Touchpoint { Id = $"new-{s}", Name = "New", Emotion = 2 });
            }

            stages.Add(new Stage { Id = $"s{s}", Name = $"Stage {s}", Touchpoints = list });
        }

        return new JourneyMap { Id = "bench", Name = "Benchmark", Stages = stages };
    }

    private static Touchpoint Touchpoint(int i, bool change)
    {
        var shift = change && i % 5 == 0 ? 3 : 0;
        return new Touchpoint
        {
            Id = $"t{i}",
            Name = $"Touchpoint {i}",
            Channel = (Channel)(i % 12),
            Owner = $"dept-{i % 4}",
            Emotion = Math.Min(3, (i % 7) - 3 + (change && i % 3 == 0 ? 1 : 0)),
            ProcessMinutes = i % 9,
            WaitMinutes = i % 13,
            ValueAdding = i % 2 == 0,
            CompleteAccurate = 0.9,
            Responses = new SurveyResponses
            {
                Nps = [.. Enumerable.Range(0, 11).Select(r => (long)(5 + ((r + i + shift) % 9)))],
                Csat = [.. Enumerable.Range(0, 5).Select(r => (long)(10 + ((r * 3) + i + shift) % 7))],
                Ces = [.. Enumerable.Range(0, 7).Select(r => (long)(4 + ((r + i + shift) % 5)))],
            },
        };
    }
}
