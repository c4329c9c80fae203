using BenchmarkDotNet.Attributes;
using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Benchmarks;

/// <summary>
/// Scoring generated maps of 1,000 and 10,000 touchpoints (10 stages, 3 personas, answers and
/// timings on every touchpoint, 50 outcomes, 20 KPIs of 100 measurements, 100 opportunities,
/// 50 plays). Baseline: the touchpoints' survey figures alone (flattening the map, one NPS, CSAT
/// and CES tally per touchpoint and their 95 % intervals), the part no scorer can skip;
/// <c>Score</c> adds every other formula and, since issue 15, validates the map first (the default,
/// <see cref="ScoringOptions.ValidateMap"/>); <c>ScoreWithoutValidation</c> skips that check, as the
/// command line does for the maps it has validated when reading them; <c>ScoreToJson</c> also writes
/// the report.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmark
{
    private readonly JourneyScorer _scorer = new();
    private readonly JourneyScorer _trustingScorer = new(new ScoringOptions { ValidateMap = false });
    private JourneyMap _map = null!;

    /// <summary>The number of touchpoints of the generated map.</summary>
    [Params(1_000, 10_000)]
    public int Touchpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = Generate(Touchpoints);
        var report = _scorer.Score(_map);
        if (report.Touchpoints.Count != Touchpoints || report.JourneyScore is null)
        {
            throw new InvalidOperationException("The generated map did not score as expected.");
        }
    }

    /// <summary>The survey figures of every touchpoint, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public long SurveyFigures()
    {
        var index = new JourneyIndex(_map);
        long n = 0;
        for (var i = 0; i < index.Touchpoints.Length; i++)
        {
            n += index.Survey(i, ScoringOptions.DefaultZ).Nps?.N ?? 0;
        }

        return n;
    }

    /// <summary>The full score report.</summary>
    [Benchmark]
    public JourneyScoreReport Score() => _scorer.Score(_map);

    /// <summary>The full score report of a map the caller has validated already.</summary>
    [Benchmark]
    public JourneyScoreReport ScoreWithoutValidation() => _trustingScorer.Score(_map);

    /// <summary>The score report, written as JSON.</summary>
    [Benchmark]
    public int ScoreToJson() => ScoreReportJson.Write(_scorer.Score(_map)).Length;

    internal static JourneyMap Generate(int touchpointCount)
    {
        const int StageCount = 10;
        var random = new Random(20260131);
        string[] personas = ["p0", "p1", "p2"];
        string[] owners = ["web", "sales", "support", "logistics"];
        long[] Counts(int width) => [.. Enumerable.Range(0, width).Select(_ => (long)random.Next(0, 50))];

        var stages = new Stage[StageCount];
        var next = 0;
        for (var s = 0; s < StageCount; s++)
        {
            var count = touchpointCount / StageCount + (s < touchpointCount % StageCount ? 1 : 0);
            var touchpoints = new Touchpoint[count];
            for (var j = 0; j < count; j++, next++)
            {
                touchpoints[j] = new Touchpoint
                {
                    Id = $"t{next}",
                    Name = $"Touchpoint {next}",
                    Emotion = random.Next(-6, 7) / 2.0,
                    PersonaIds = next % 5 == 0 ? [personas[next % 3]] : [],
                    EmotionsByPersona = next % 3 == 0 ? new Dictionary<string, double> { ["p1"] = random.Next(-3, 4) } : new Dictionary<string, double>(),
                    Owner = owners[random.Next(owners.Length)],
                    Initiator = next % 2 == 0 ? Initiator.Customer : Initiator.Company,
                    ProcessMinutes = random.Next(0, 30),
                    WaitMinutes = random.Next(0, 120),
                    ValueAdding = next % 4 != 0,
                    CompleteAccurate = 0.9 + random.Next(0, 10) / 100.0,
                    Responses = new SurveyResponses { Nps = Counts(11), Csat = Counts(5), Ces = Counts(7) },
                };
            }

            stages[s] = new Stage { Id = $"s{s}", Name = $"Stage {s}", Touchpoints = touchpoints };
        }

        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new JourneyMap
        {
            Id = "generated",
            Name = "Generated",
            Personas = [.. personas.Select((p, i) => new Persona { Id = p, Name = p, Weight = i + 1 })],
            Stages = stages,
            Outcomes = [.. Enumerable.Range(0, 50).Select(i => new Outcome { Id = $"o{i}", Statement = $"O{i}", Importance = random.Next(0, 11), Satisfaction = random.Next(0, 11) })],
            Kpis = [.. Enumerable.Range(0, 20).Select(i => new Kpi
            {
                Id = $"k{i}",
                Name = $"K{i}",
                Calculator = (i % 4) switch { 0 => "latest", 1 => "nps", 2 => "leadTime", _ => "mean" },
                Scope = i % 2 == 1 ? new KpiScope { StageId = $"s{i % StageCount}" } : null,
                Baseline = 10,
                Target = 50,
                Measurements = [.. Enumerable.Range(0, 100).Select(d => new Measurement { At = start.AddDays(random.Next(0, 365)), Value = random.Next(0, 100) })],
            })],
            Opportunities = [.. Enumerable.Range(0, 100).Select(i => new Opportunity { Id = $"op{i}", Title = $"Op {i}", Reach = random.Next(1, 10_000), Impact = 1, Confidence = 0.8, Effort = random.Next(1, 10) })],
            Competitors = [new Competitor { Id = "c", Name = "C", StageScores = stages.ToDictionary(s => s.Id, _ => 60.0) }],
            Playbooks =
            [
                new Playbook
                {
                    Id = "pb",
                    Name = "PB",
                    Plays = [.. Enumerable.Range(0, 50).Select(i => new Play
                    {
                        Id = $"play{i}",
                        When = new PlayCondition { Metric = i % 2 == 0 ? PlayMetric.TouchpointScore : PlayMetric.Emotion, TargetId = $"t{i * 7 % touchpointCount}", Op = ComparisonOperator.Lt, Value = 50 },
                        Action = "Act",
                        Priority = i % 5,
                    })],
                },
            ],
        };
    }
}
