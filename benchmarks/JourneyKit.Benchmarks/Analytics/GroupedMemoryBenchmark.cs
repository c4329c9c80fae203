using BenchmarkDotNet.Attributes;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// Memory against the shape of the input: events grouped by customer, analysed with
/// <see cref="EventOrder.GroupedByCustomer"/> (each customer folded when the next begins) against
/// any order (every event kept until the end, in a <see cref="JourneyAnalyticsAccumulator"/>). Read the Allocated column: with the
/// same customers and four times the events, grouped stays nearly flat (8 events already take most customers through the five stages, so the funnel deltas a customer keeps no longer grow) while any-order grows with the events.
/// </summary>
[MemoryDiagnoser]
public class GroupedMemoryBenchmark
{
    private JourneyMap _map = null!;
    private JourneyEvent[] _events = [];

    /// <summary>The number of customers.</summary>
    [Params(50_000, 200_000)]
    public int Customers { get; set; }

    /// <summary>The number of events of every customer.</summary>
    [Params(8, 32)]
    public int EventsPerCustomer { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = EventGenerator.LoadMap();
        _events = EventGenerator.Events(EventGenerator.Rows(Customers, seed: 42, EventsPerCustomer));
    }

    /// <summary>
    /// Any order, through an accumulator, which keeps every event (about 30 bytes) until it folds. (The
    /// analyzer's any-order path keeps 24 bytes per event too, but rents them from the shared array pool,
    /// so after the first run they no longer show in the Allocated column.)
    /// </summary>
    [Benchmark(Baseline = true)]
    public JourneyAnalyticsReport AnyOrder()
    {
        var accumulator = new JourneyAnalyticsAccumulator(_map);
        foreach (var e in _events)
        {
            accumulator.Add(e);
        }

        return accumulator.ToReport();
    }

    [Benchmark]
    public JourneyAnalyticsReport Grouped() => new JourneyAnalyzer().Analyze(_map, _events, new AnalyticsOptions { Order = EventOrder.GroupedByCustomer });
}
