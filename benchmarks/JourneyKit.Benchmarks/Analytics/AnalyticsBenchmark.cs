using BenchmarkDotNet.Attributes;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// In-memory events (already parsed, in random order) of the retail map, 5 per customer on average:
/// the engine on all cores and on one, against the straightforward dictionary version.
/// Throughput = Events / Mean.
/// </summary>
[MemoryDiagnoser]
public class AnalyticsBenchmark
{
    private JourneyMap _map = null!;
    private JourneyEvent[] _events = [];

    /// <summary>The number of events (customers = events / 5).</summary>
    [Params(500_000, 2_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = EventGenerator.LoadMap();
        var rows = EventGenerator.Rows(Events / 5, seed: 42);
        EventGenerator.Shuffle(rows, seed: 43);
        _events = EventGenerator.Events(rows);
    }

    [Benchmark(Baseline = true)]
    public JourneyAnalyticsReport Naive() => NaiveAnalytics.Analyze(_map, _events);

    [Benchmark]
    public JourneyAnalyticsReport Engine() => new JourneyAnalyzer().Analyze(_map, _events);

    [Benchmark]
    public JourneyAnalyticsReport EngineOneThread() => new JourneyAnalyzer().Analyze(_map, _events, new AnalyticsOptions { MaxDegreeOfParallelism = 1 });
}
