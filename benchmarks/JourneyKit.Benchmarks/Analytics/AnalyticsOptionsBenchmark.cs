using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// Version 2's options together — a 7-day window, a breakdown on a 50-value column and weekly
/// cohorts — against the plain run on the same data: end to end from CSV (the same bytes, with the
/// extra column, for both) and in memory (the same events, each with its segment in
/// <see cref="JourneyEvent.Properties"/>). Events in random order, 5 per customer on average.
/// </summary>
[MemoryDiagnoser]
public class AnalyticsOptionsBenchmark
{
    private static readonly AnalyticsOptions Plain = new();

    private static readonly AnalyticsOptions Everything = new()
    {
        Window = TimeSpan.FromDays(7),
        Breakdown = "segment",
        CohortPeriod = CohortPeriod.Week,
    };

    private static readonly AnalyticsOptions WindowOnly = new() { Window = TimeSpan.FromDays(7) };

    private static readonly AnalyticsOptions BreakdownOnly = new() { Breakdown = "segment" };

    private static readonly AnalyticsOptions CohortsOnly = new() { CohortPeriod = CohortPeriod.Week };

    private JourneyMap _map = null!;
    private byte[] _csv = [];
    private JourneyEvent[] _events = [];

    /// <summary>The number of events (customers = events / 5).</summary>
    [Params(500_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = EventGenerator.LoadMap();
        var rows = EventGenerator.Rows(Events / 5, seed: 42);
        EventGenerator.Shuffle(rows, seed: 43);
        var segments = Enumerable.Range(0, 50).Select(i => $"segment-{i:00}").ToArray();
        var properties = segments.Select(s => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?> { ["segment"] = s }).ToArray();

        // A customer's segment is mostly theirs (customer mod 50), sometimes another one, so attribution matters.
        int SegmentOf(EventGenerator.Row row) => (row.Customer + (row.Ticks % 10 == 0 ? 1 : 0)) % 50;
        var events = EventGenerator.Events(rows);
        _events = [.. events.Select((e, i) => e with { Properties = properties[SegmentOf(rows[i])] })];

        var text = new StringBuilder("customerId,touchpointId,timestamp,segment\n");
        foreach (var (row, e) in rows.Zip(events))
        {
            text.Append(e.CustomerId).Append(',').Append(e.TouchpointId).Append(',')
                .Append(e.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFzzz", CultureInfo.InvariantCulture)).Append(',')
                .Append(segments[SegmentOf(row)]).Append('\n');
        }

        _csv = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(Baseline = true)]
    public JourneyAnalyticsReport CsvPlain() => new JourneyAnalyzer().AnalyzeCsv(_map, new MemoryStream(_csv, writable: false), Plain).Report;

    [Benchmark]
    public JourneyAnalyticsReport CsvWindowBreakdownCohorts() => new JourneyAnalyzer().AnalyzeCsv(_map, new MemoryStream(_csv, writable: false), Everything).Report;

    /// <summary>The window alone (version 2 before this issue), to tell its cost from the breakdown's and the cohorts'.</summary>
    [Benchmark]
    public JourneyAnalyticsReport CsvWindow() => new JourneyAnalyzer().AnalyzeCsv(_map, new MemoryStream(_csv, writable: false), WindowOnly).Report;

    [Benchmark]
    public JourneyAnalyticsReport MemoryPlain() => new JourneyAnalyzer().Analyze(_map, _events, Plain);

    [Benchmark]
    public JourneyAnalyticsReport MemoryWindow() => new JourneyAnalyzer().Analyze(_map, _events, WindowOnly);

    /// <summary>The breakdown alone.</summary>
    [Benchmark]
    public JourneyAnalyticsReport MemoryBreakdown() => new JourneyAnalyzer().Analyze(_map, _events, BreakdownOnly);

    /// <summary>The cohorts alone.</summary>
    [Benchmark]
    public JourneyAnalyticsReport MemoryCohorts() => new JourneyAnalyzer().Analyze(_map, _events, CohortsOnly);

    [Benchmark]
    public JourneyAnalyticsReport MemoryWindowBreakdownCohorts() => new JourneyAnalyzer().Analyze(_map, _events, Everything);
}
