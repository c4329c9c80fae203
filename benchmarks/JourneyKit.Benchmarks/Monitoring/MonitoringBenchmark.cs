using BenchmarkDotNet.Attributes;
using JourneyKit.Analytics;
using JourneyKit.Benchmarks.Analytics;
using JourneyKit.Model;
using JourneyKit.Monitoring;

namespace JourneyKit.Benchmarks.Monitoring;

/// <summary>
/// Survey answers folded in memory (<see cref="MonitoringAccumulator.AddRange"/> then <see cref="MonitoringAccumulator.ToReport"/>),
/// against the event analytics of the same number of events on one thread as the baseline, in the same run: the design asks
/// that answers fold "at event-analytics speed". Answers: the retail map's 13 touchpoints, NPS, CSAT and CES at random,
/// uniform ratings, spread over 26 weeks in five offsets, in random order. Throughput = Count / Mean.
/// </summary>
[MemoryDiagnoser]
public class MonitoringBenchmark
{
    private JourneyMap _map = null!;
    private JourneyEvent[] _events = [];
    private SurveyAnswer[] _answers = [];

    /// <summary>The number of answers, and of events (customers = events / 5).</summary>
    [Params(1_000_000, 10_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = EventGenerator.LoadMap();
        var rows = EventGenerator.Rows(Count / 5, seed: 42);
        EventGenerator.Shuffle(rows, seed: 43);
        _events = EventGenerator.Events(rows);
        _answers = Answers(_map, Count, seed: 44);
    }

    [Benchmark(Baseline = true)]
    public JourneyAnalyticsReport EventAnalyticsOneThread() => new JourneyAnalyzer().Analyze(_map, _events, new AnalyticsOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark]
    public MonitoringReport AnswerFold()
    {
        var accumulator = new MonitoringAccumulator(_map);
        accumulator.AddRange(_answers);
        return accumulator.ToReport();
    }

    /// <summary><paramref name="count"/> answers on the map's touchpoints (one in a thousand on a touchpoint it lacks).</summary>
    internal static SurveyAnswer[] Answers(JourneyMap map, int count, int seed)
    {
        var random = new Random(seed);
        var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).Select(t => t.Id).Append(EventGenerator.UnknownTouchpoint).ToArray();
        TimeSpan[] offsets = [TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(-5), new(5, 30, 0), TimeSpan.FromHours(1)];
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var answers = new SurveyAnswer[count];
        for (var i = 0; i < count; i++)
        {
            var touchpoint = random.NextDouble() < 0.001 ? touchpoints[^1] : touchpoints[random.Next(touchpoints.Length - 1)];
            var metric = (SurveyMetric)random.Next(3);
            var rating = random.Next(SurveyAnswer.MinRating(metric), SurveyAnswer.MaxRating(metric) + 1);
            var at = start.AddSeconds(random.NextDouble() * 26 * 7 * 86400).ToOffset(offsets[random.Next(offsets.Length)]);
            answers[i] = new SurveyAnswer(at, touchpoint, metric, rating);
        }

        return answers;
    }
}
